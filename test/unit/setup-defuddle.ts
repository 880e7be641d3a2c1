// Every unit test's core has Defuddle, as the CLI's has (src/cli/analyze-html.ts).
import Defuddle from 'defuddle';
import { useDefuddle } from '../../src/core/defuddle-source';

useDefuddle(Defuddle);
