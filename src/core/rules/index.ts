import type { BoilerplateRule } from '../types';
import { akismetNote, bloggerComments, commentsList, disqusThread, facebookComments, wpdiscuzThread } from './comment-systems';
import { jetpackLikes, jetpackRelated, jetpackSharing, jetpackSubscribe } from './jetpack';
import { adSlots, authorBox, followTopic, newsletterSignup, recipeButtons, relatedPosts, shareButtons } from './share-and-related';
import {
  authorHeading, commentFormHeading, commentHeading, likesHeading, relatedHeading, shareHeading, subscribeHeading,
} from './text-signatures';
import { wpComments, wpCommentForm } from './wordpress-core';
import { wpcomFollow, wpcomLoginPrompt, wpcomWordads } from './wordpress-com';

/** Every boilerplate rule, sorted by id (a unit test keeps it so). A new rule is one entry here. */
export const RULES: readonly BoilerplateRule[] = [
  adSlots,
  akismetNote,
  authorBox,
  bloggerComments,
  commentsList,
  disqusThread,
  facebookComments,
  followTopic,
  authorHeading,
  commentFormHeading,
  commentHeading,
  likesHeading,
  relatedHeading,
  shareHeading,
  subscribeHeading,
  jetpackLikes,
  jetpackRelated,
  jetpackSharing,
  jetpackSubscribe,
  newsletterSignup,
  recipeButtons,
  relatedPosts,
  shareButtons,
  wpCommentForm,
  wpComments,
  wpcomFollow,
  wpcomLoginPrompt,
  wpcomWordads,
  wpdiscuzThread,
];
