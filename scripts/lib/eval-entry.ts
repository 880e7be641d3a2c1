// What the eval's workers run of Quietread: the CLI's own analyzeHtml (the path `quietread extract`
// takes) plus the core's block text and byte decoding, so the baselines' text is taken the same way.
export { analyzeHtml } from '../../src/cli/analyze-html';
export { blockText } from '../../src/core/block-text';
export { decodeHtmlBytes } from '../../src/core/decode-html';
export { chooseArticle, CHOICE } from '../../src/core/choose-article';
export { wordBag, containedIn, sharedWords, topicOverlap } from '../../src/core/word-bag';
export { classifyPage } from '../../src/core/page-type';
export { parseHtml } from '../../src/cli/parse-html';
