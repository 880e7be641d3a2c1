/**
 * Where the core finds Defuddle, its second extraction method. The core never imports it itself:
 * it is 300 KB of the on-demand script's 470, and the reader's first paint does not need it. The CLI
 * and the tests hand it over at start (`useDefuddle`); the on-demand script loads it as a file of
 * its own (defuddle.js) once the reader has painted. Until it is given, the analysis goes without
 * that candidate (`buildOtherCandidates` leaves it out), as when Defuddle throws on a page.
 */
import type Defuddle from 'defuddle';

export type DefuddleClass = typeof Defuddle;

let given: DefuddleClass | undefined;

/** Gives the core its Defuddle. */
export function useDefuddle(ctor: DefuddleClass): void {
  given = ctor;
}

/** The Defuddle given, if any. */
export function defuddleClass(): DefuddleClass | undefined {
  return given;
}
