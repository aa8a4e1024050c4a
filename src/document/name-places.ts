/**
 * Where a document names people, organisations and projects, and the names it owns, for typo: a
 * capitalised word the dictionaries lack is a name there, not a slip. Read from the document's
 * structure, never from a list of anyone's names:
 * - a people table (a column headed Name, Member, Company, Affiliation, ... or cells holding
 *   @handles or profile links; `Person(s)` as `Persons`): its short, capitalised cells, and the
 *   one-word cells of a column of people (`| aliok |` under `Maintainer`, `Mentor`, `Evangelist`), as account names are
 *   written, in lower case, or several names in one (`| Kolja, Daniel |`);
 * - a people list (under a title such as "Members", "Team", "Maintainers"), each item a name, or
 *   each a one-word account name, or each a label over names (`2019: castrojo, idvoretskyi`), or,
 *   under a roster's title (`Members`, `Alumni`), each a full name then what is said of the person
 *   (`Yoav Landman (JFrog) - 04/20/2020 to 04/30/2021`);
 * - the text of a link to a profile (`[Mariam John](https://github.com/johnma14)`, `[fejta](...)`,
 *   `[Kamlesh Nagware][knagware9]` defined as one),
 *   and a link's text that is a name (capitalised words) of the site it links to (`[Kickstarter](…)`);
 * - a capitalised word before a verb of saying ("Okonkwo says"), or before the title and name of
 *   who heads or founded it (`Quora CEO Adam D’Angelo`), or a full name before a comma and the role
 *   its person holds (`Jimm Reed, Development Director`), or beside the link to their account
 *   (`Dav Glass [@davglass](…)`, `[@mmarchini](…) - mary marchini`), or a heading of a full name
 *   and a note in brackets (`### Budianto Hamuddin (Southeast Asia)`);
 * - names in bold, two or more in a paragraph, joined by `and` or followed by `is` (`**Ngoc**, **Ly** and **Thanh** head up…`);
 * - a heading shaped as a name over a picture alone (`### Crystal Shamsi` over a headshot) or
 *   over a paragraph in the first person (`I'm a community catalyst`);
 * - names with their accounts in brackets, several in a table cell or listed by commas (`Zach
 *   Hill (zhill), Steven Zou (steven-zou)`);
 * - the capitalised words that start a contact entry, a line with an e-mail address later on it
 *   (`Andrej Kliman <ak@example.org>`, `Egor (lead dev) egor@example.org`);
 * - an entry of a name, an affiliation and an account (`Billy Lynch, Chainguard, wlynch`), an
 *   account after its site's label (`GitHub ID: jo`, a table row `| GitHub | jo |`), the value of a field of a name or of a role
 *   someone holds (`Company: Trendyol`, `Chair: Andrew Miller (nanorepublica)`), the capitalised
 *   words of a field that asks where (`Duty Station: Hatra District`, or a few words under a
 *   `### Location` heading), and a full name with an
 *   account in brackets alone in an item (`Natalia Bidart (nessita)`);
 * - the words of the repository's and the document's own names (its folder, its path) and of the
 *   repositories it links to (`github.com/src-d/gitbase-spark-connector`);
 * - a reference, a line that starts with an author and names a year and a venue or pages
 *   (`Memon, A. M., Soffa, M. L. … Proc of ESEC/FSE-9. ACM, 2001, pp. 256–267`): its authors and
 *   the names in its title;
 * - obfuscated e-mail addresses (`jane at example dot com`) and `&#x23;channels`.
 */
import type { Heading, Link, LinkReference, Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { outline } from './outline.js';
import { projectSegments, type Located } from './place.js';
import { executiveTitle, jobTitle, roleNounTitle } from './role-titles.data.js';
import { definitionsOf, type TreeIndex } from './tree-index.js';
import { nextSibling } from './child-at.js';
import { matchesOf } from '../core/matches.js';
import { repositoryAddress } from '../text/repository-address.js';

export interface NamePlaces {
  /** Whether the word that starts at `offset` of the source stands where the document names someone or something. */
  named(offset: number): boolean;
  /**
   * Whether the word that starts at `offset` is an account name (`wlynch` of `Billy Lynch,
   * Chainguard, wlynch`) or in the text of a link to a profile (`[Ines](https://twitter.com/iteles)`):
   * named, as its person writes it, not slipped from a word.
   */
  account(offset: number): boolean;
  /** Words of the repository's, the document's and the linked repositories' names, lower case. */
  own: ReadonlySet<string>;
  /** Words of the repository's own name (its folder), lower case: chosen on purpose, however close to a word (`alife-web`). */
  repository: ReadonlySet<string>;
  /** Words of the addresses written out (`surae at get monero dot org`), lower case: names chosen, as accounts are, however close to a word (`sure`). */
  addressed: ReadonlySet<string>;
}

/**
 * A reference: a line (an item) that starts with an author (`Mariani, L.`, `A. M. Memon`, `ZHANG,
 * Sai`) and names a year and its venue or pages (`pp. 256`, `Proc of ICSE`, `IEEE`) outside web addresses.
 */
const authorsFirst = /^[ \t]*(?:[-*+][ \t]+|\d+[.)][ \t]+)?(?:\p{Lu}[\p{L}'’-]+,|\p{Lu}\. )/u;
const reference = /\b(?:pp?\. ?\d|vol\. ?\d|Proc(?:eedings)?\b|In ?: |IEEE|ACM|doi\b|arXiv|Journal of|Transactions on|Conference on)/;
const year = /\b(?:19|20)\d{2}\b/;
const addressOnLine = /\]\([^)]*\)|https?:\/\/\S+/g;

/** Column titles of a table about people or organisations. */
const peopleColumn = /^(?:names?|full names?|members?|people|persons?|who|leads?|owners?|contacts?|maintainers?|chairs?|reviewers?|approvers?|company|companies|employers?|affiliations?|organi[sz]ations?|orgs?|teams?|github(?: handle)?|handles?|authors?|contributors?|managers?|(?:tech(?:nical)? )?leads?|emeriti|emeritus)$/i;
/** Column titles of people alone (not their organisations), and of their accounts on any site (`Discord Handle`, `Slack ID`): whose cells may be account names. */
const personColumn = /^(?:names?|full names?|members?|people|persons?|who|leads?|owners?|contacts?|maintainers?|chairs?|reviewers?|approvers?|github|(?:[a-z.]+ )?(?:handles?|user ?names?|users?|logins?|accounts?|nick(?:name)?s?)|(?:github|gitlab|codeberg|slack|discord|matrix|irc|twitter|mastodon|keybase) ids?|authors?|contributors?|managers?|(?:tech(?:nical)? )?leads?|emeriti|emeritus|mentors?|mentees?|ambassadors?|evangelists?|champions?|organi[sz]ers?|coordinators?|liaisons?|representatives?|officers?|secretar(?:y|ies)|treasurers?|volunteers?|speakers?|hosts?|moderators?)$/i;
/** One account name, as code hosts allow them (`aliok`, `dan-j`, `Leo6Leo`, `@jane.doe`): one word, no space. */
const accountName = /^@?[\p{L}\p{N}](?:[\p{L}\p{N}_.-]*[\p{L}\p{N}])?$/u;
/** Titles of a list of people. */
const peopleTitle = /\b(?:members?|team|people|who|staff|maintainers?|owners?|contacts?|leads|reviewers|approvers|chairs|officers|emeriti|alumni|contributors|authors|speakers|panel(?:ists)?|organi[sz]ers|attendees|volunteers|participants|ambassadors|fellows|advis[eo]rs|trustees)\b/i;
/**
 * A link to a person's or an organisation's profile: a code host or network, one path segment; or
 * any site's page of one user, under a folder of people or as `@name` (`flickr.com/people/1347@N07/`,
 * `stackoverflow.com/users/123/jane`, `medium.com/@jane`, a Mastodon server's `/@jane`).
 */
const profile = /^https?:\/\/(?:(?:www\.)?(?:github\.com|gitlab\.com|codeberg\.org|bitbucket\.org|gitee\.com|gitcode\.com|twitter\.com|x\.com|linkedin\.com\/in|mastodon\.social|keybase\.io)\/@?[\w.-]+|[\w.-]+\.[a-z]{2,}\/(?:(?:people|users?|u|profiles?|members?)\/[\w.@%-]+(?:\/[\w.%-]+)?|@[\w.-]+))\/?$/i;
/** Whether an address is a link to a person's or an organisation's profile (`profile`). */
export const isProfileLink = (url: string) => profile.test(url);
/** Verbs of saying after a name and the blanks before them ("Okonkwo says"; "Okonkwo, our CTO, said" is not read). */
const saying = /[ \t](?:says|said|writes|wrote|explains|explained|adds|added|notes|noted|asks|asked|recalls|recalled)\b/g;
/** The word a verb of saying follows, to its end (letters, apostrophes and hyphens), and the blanks after it. */
const wordToEnd = /[\p{L}'’-]+(?=[ \t]*$)/u;
/**
 * `jane at example dot com`, `jane [at] example [dot] com`, `jane {at} example dot com`, `jane at example.com.br`, `surae at get
 * monero dot org` (a domain's words apart), `jory @ example.org` (spaces around the `@`): an address
 * written out, from its `at` (its domain's last part letters only, so `meet at 9.30` is none); the
 * name before it is read back from there (`localPart`), as a pattern starting at every word
 * scanned each document's every word for an `at` after it.
 */
const writtenAt = /[ \t]+(?:[[({]?at[\])}]?|@)[ \t]+([\p{L}\p{N}-]+(?:[ \t]+[\p{L}\p{N}-]+){0,2}(?:[ \t]+[[({]?dot[\])}]?[ \t]+[\p{L}\p{N}-]+)+|[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}]))/giu;
/**
 * What any match of `writtenAt` holds, without its Unicode classes: tested once a document, it
 * spares the pattern's scan of every space of the many documents that write no address out.
 */
const mayWriteAt = /[ \t](?:[[({]?at[\])}]?|@)[ \t]+(?:[^\s.]+\.|(?:[^\s.]+[ \t]+){1,3}[[({]?dot\b)/i;
/** The name of an address, at the end of the text before its `at`. */
const localPart = /[\p{L}\p{N}._+-]+$/u;
/** A name-like cell or item: one to four words, each starting with a capital or `@`. */
const nameLike = /^(?:[@\p{Lu}][\p{L}\p{N}'’.@-]*)(?:[ \t]+[@\p{Lu}(][\p{L}\p{N}'’.@()-]*){0,3}$/u;

/**
 * A contact entry: one to four capitalised words at the start of a line or list item (`Jane Doe`,
 * `'Erik Moeller`) with an e-mail address after them on the line, after a role in brackets,
 * capitalised words (an affiliation) or nothing (`Andrej Kliman <ak@example.org>`, `Egor (lead dev) egor@example.org`, `Kenneth Paskett -
 * Creative Lead - kp@example.org`, a nickname in quotes inside: `Maxime “pep” Buquet`): the name the address belongs to, as e-mail's own display name is.
 */
const nameBeforeAddress = /^[ \t>]*(?:[-+*][ \t]+|\d+[.)][ \t]+)?['"“]?(\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’.-]*|[“"][^”"\n]{1,20}[”"])){0,3})(?=(?:[ \t]*\([^)\n]{0,60}\))?(?:[ \t,:;|–—-]+(?:\p{Lu}[\p{L}\p{N}'’.&]*|\([^)\n]{0,60}\)))*[ \t,:;|–—-]*[<(]?[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+\.\p{L})/gmu;

/** Two capitalised words alone on a line (after a list marker, before an affiliation or `<br>`) or in a table cell. */
const nameAlone = /(?:^[ \t>]*(?:[-+*][ \t]+|\d+[.)][ \t]+)?|\|[ \t]*)(\p{Lu}\p{Ll}+[ \t]\p{Lu}\p{Ll}[\p{L}'’-]*)[ \t]*(?:(?:[-–—,][ \t][^\n|]{0,40})?(?:<br[ \t]*\/?>)?[ \t]*$|(?=\|))/gmu;

/**
 * A heading that names a person and their role (`## Jesper Sørensen - Principal Engineer`, `###
 * Chief Technology Officer: Ana Lima`, `### Weekly Events Maintainer - Meg Gutshall`): two or three
 * capitalised words on one side of a dash, bar, comma or colon, a job or a role of a community or
 * team on the other (role-titles.data.ts), and no such title among the name's words.
 */
const personHeading = /^[ \t]{0,3}#{1,6}[ \t]+(?:\*\*|__)?(.+?)(?:\*\*|__)?[ \t]*(?:[ \t][-–—|][ \t]|[,:][ \t])[ \t]*(?:\*\*|__)?(.+?)(?:\*\*|__)?[ \t]*#*[ \t]*$/u;
const personName = /^\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,2}$/u;
const isRole = (text: string) => jobTitle.test(text) || executiveTitle.test(text);

/**
 * An entry of a people list written as `Name, Affiliation, handle` (`* Billy Lynch, Chainguard,
 * wlynch`): a full name first, one account name last, after a comma, as it is or as a link's text
 * (`[jdoe](https://github.com/jdoe)`).
 */
const personEntry = /^[ \t>]*(?:[-+*][ \t]+|\d+[.)][ \t]+)?(\p{Lu}\p{Ll}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){1,3}),[^\n]*,[ \t]*(?:(@?[\p{L}\p{N}][\p{L}\p{N}_.-]*[\p{L}\p{N}])|\[(@?[\p{L}\p{N}][\p{L}\p{N}_.-]*[\p{L}\p{N}])\]\([^\s()]*\))[ \t]*$/u;
/**
 * A field that starts its line or item, a short label (1) and its value (2): the value names a
 * person or an organisation where the label asks for one (nameLabel) or names a role someone holds
 * (`- Chair: Thibaud Colas`, `Board Liaison: Afi`).
 */
const labelledField = /^[ \t>]*(?:[-+*][ \t]+|#{1,6}[ \t]+)?(?:\*\*|__)?(\p{L}[\p{L} '’-]{0,30}?)(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[ \t]*(\S.*?)[ \t]*$/u;
const nameLabel = /^(?:company|employer|organi[sz]ation|affiliation|(?:full )?name|(?:\p{L}+ )?(?:authors?|editors?))$/iu;
/**
 * A field's label that asks where (`Location`, `Duty Station`, `Applicants Residence`, `Project
 * Area`): the capitalised words of its value name places (`Hatra District`, `Ninawah (Bardarsh,
 * Zummar, West Mosul)`), wherever the post is.
 */
const placeLabel = /^(?:[\p{L}'’-]+ ){0,2}(?:locations?|residence|cit(?:y|ies)|towns?|regions?|areas?|districts?|governorates?|provinces?|countr(?:y|ies)|duty station|based in|offices?|venue|place of work|workplace)$/iu;
/** A capitalised word of a place's value. */
const capitalisedWord = /\p{Lu}[\p{L}'’-]*/gu;
/** A name and the account written after it in brackets (`Andrew Miller (nanorepublica)`): the name (1), the account (2). */
const nameAndAccount = /^(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2})[ \t]+\((@?[\p{Ll}\p{N}][\p{L}\p{N}_.-]*)\)$/u;
/** A full name and an account in brackets alone in an item or on a line (`- Natalia Bidart (nessita)`). */
const nameAndAccountAlone = /^[ \t>]*(?:[-+*][ \t]+|\d+[.)][ \t]+)?(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,2}[ \t]+\(@?[\p{Ll}\p{N}][\p{L}\p{N}_.-]*\))[ \t]*$/u;
/** A full name and an account in brackets as one of several in a table cell or a list by commas (`Zach Hill (zhill), Steven Zou (steven-zou)`). */
const listedNameAndAccount = /(?<=(?:^|[|,])[ \t]{0,8})(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,2}[ \t]+\(@?[\p{Ll}\p{N}][\p{L}\p{N}_.-]*\))(?=[ \t]{0,8}(?:[|,]|$))/gu;
/**
 * An item or line that starts with a name, one to four capitalised words, and a comma before a
 * link (`* Riccardo M. Cefala, [riccardomc](https://github.com/riccardomc)`): the name (1) and the
 * link's address (2), a profile's where it names the person.
 */
const nameBeforeProfile = /^[ \t>]*(?:[-+*][ \t]+|\d+[.)][ \t]+)?(\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,3}),[ \t]*\[[^\]\n]{1,60}\]\(([^()\s]+)\)/u;

/** An account named by its site's label (`GitHub ID: danajoyluck`, `GitLab: @jo`, `Slack: jsnapp`). */
const labelledAccount = /\b(?:github|gitlab|codeberg|slack|discord|matrix|irc|twitter|mastodon|keybase|telegram)(?:[ \t]+(?:id|handle|user(?:name)?|login|account|nick))?[ \t]*:[ \t]*@?([\p{L}\p{N}][\p{L}\p{N}_-]*)/giu;

/** `nameAlone` tried at the start of a line only, and where else in a line it can start. */
const nameAloneAtStart = new RegExp(nameAlone.source, 'muy');
const cellOrBreak = /[|\u2028\u2029]|\r(?!$)/;

/** A `#` written as an entity before a name (`&#35;channel`). */
const hashEntity = /&#(?:x23|35);([\p{L}\p{N}_-]+)/giu;

const words = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
const byTree = new WeakMap<Root, NamePlaces>();

export function namePlaces(tree: Root, index: TreeIndex, source: string, file: Located): NamePlaces {
  let found = byTree.get(tree);
  if (!found) byTree.set(tree, (found = readNamePlaces(tree, index, source, file)));
  return found;
}

function readNamePlaces(tree: Root, index: TreeIndex, source: string, file: Located): NamePlaces {
  // Ranges [start, end) of the places read from the document's structure, read once.
  const spans: [number, number][] = [];
  // The texts of links to profiles among them: a person's name as they write it.
  const profiles: [number, number][] = [];
  const own = new Set<string>();
  // The repository's folder and the document's path name the project (`socialbakers-engineeringroles`).
  const root = file.data?.projectRoot?.split(/[\\/]/).filter(Boolean).at(-1);
  const repository = new Set(words(root ?? ''));
  for (const part of [root ?? '', ...projectSegments(file)]) for (const w of words(part.replace(/\.(?:md|markdown|mdx)$/i, ''))) own.add(w);
  for (const at of index.of('link')) {
    const link = index.nodes[at] as Link;
    const place = [link.position?.start.offset, link.position?.end.offset] as const;
    if ((profile.test(link.url) || namesSite(link)) && place[0] !== undefined && place[1] !== undefined) {
      spans.push([place[0], place[1]]);
      if (profile.test(link.url)) profiles.push([place[0], place[1]]);
    }
    const repo = repositoryAddress.exec(link.url);
    if (repo) for (const w of words(`${repo[1]} ${repo[2]}`)) own.add(w);
  }
  // `[Kamlesh Nagware][knagware9]` over `[knagware9]: https://github.com/knagware9`: a reference to a profile.
  const references = index.of('linkReference');
  const definitions = references.length > 0 ? definitionsOf(index) : undefined;
  for (const at of references) {
    const { identifier, position } = index.nodes[at] as LinkReference;
    const url = definitions!.get(identifier);
    if (url !== undefined && profile.test(url) && position?.start.offset !== undefined && position.end.offset !== undefined) {
      spans.push([position.start.offset, position.end.offset]);
      profiles.push([position.start.offset, position.end.offset]);
    }
  }
  tablePlaces(index, source, spans);
  peopleLists(tree, index, source, spans);
  headshotHeadings(index, spans);
  placeSections(index, source, spans);
  boldNames(index, source, spans);
  const addressed = new Set<string>();
  if (mayWriteAt.test(source)) for (const m of matchesOf(writtenAt, source)) {
    const local = localPart.exec(source.slice(Math.max(0, m.index - 64), m.index))?.[0];
    if (local) for (const w of words(`${local} ${m[1]}`)) [own, addressed].forEach((set) => set.add(w));
  }
  if (source.includes('&#')) for (const m of matchesOf(hashEntity, source)) for (const w of words(m[1]!)) own.add(w);
  // The places read from the words of a line, read for a line when a word on it is asked about:
  // each lies within one line, and few lines hold a word nothing else explains.
  const byLine = new Map<number, LinePlaces>();
  const lineSpans = (offset: number) => {
    const start = source.lastIndexOf('\n', offset - 1) + 1;
    let found = byLine.get(start);
    if (!found) byLine.set(start, (found = onLine(source, start)));
    return found;
  };
  const within = (offset: number) => ([from, to]: readonly [number, number]) => offset >= from && offset < to;
  return {
    own,
    repository,
    addressed,
    named: (offset) => spans.some(within(offset)) || lineSpans(offset).names.some(within(offset)),
    account: (offset) => profiles.some(within(offset)) || lineSpans(offset).accounts.some(within(offset)),
  };
}

/** The places a line's words show: names (accounts among them), and the accounts alone. */
interface LinePlaces {
  names: [number, number][];
  accounts: [number, number][];
}

/**
 * The names read from the words of the line that starts at `start`: a first name and a surname
 * alone on it or in a cell (`Caley Woods - 18F`, `| Taiyab Raja |`), the name that starts a contact
 * entry, and a name before a verb of saying. No pattern reads past a line break, so a line read alone gives what the whole source would.
 */
function onLine(source: string, start: number): LinePlaces {
  const end = source.indexOf('\n', start);
  // Without a CRLF line's `\r`, which no pattern's `$` reads past.
  const line = source.slice(start, end === -1 ? source.length : source[end - 1] === '\r' ? end - 1 : end);
  const spans: [number, number][] = [];
  const accounts: [number, number][] = [];
  // Without a table cell (or a line break other than `\n` inside) a name alone can only start
  // the line: tried there once, not at every character of a long paragraph's line. A contact
  // entry holds an address: a line without `@` is none (most lines).
  nameAloneAtStart.lastIndex = 0;
  const alone = cellOrBreak.test(line) ? [...matchesOf(nameAlone, line)] : [nameAloneAtStart.exec(line)];
  const entries = line.includes('@') ? [...matchesOf(nameBeforeAddress, line)] : [];
  for (const m of [...alone, ...entries]) {
    if (!m) continue;
    const from = start + m.index + m[0].indexOf(m[1]!);
    spans.push([from, from + m[1]!.length]);
  }
  saidBy(source, start, line, spans);
  headedBy(line, start, spans);
  namedLab(line, start, spans);
  namedWithRole(line, start, spans);
  besideHandle(line, start, spans);
  nameWithNoteHeading(line, start, spans);
  personInHeading(line, start, spans);
  // A reference (`Memon, A. M., Soffa, M. L. … Proc of ESEC/FSE-9. ACM, 2001, pp. 256–267`): its authors, and the names in its title.
  if (authorsFirst.test(line) && year.test(line) && reference.test(line.replace(addressOnLine, ''))) spans.push([start, start + line.length]);
  const entry = line.includes(',') ? personEntry.exec(line) : null;
  // A job title in the place of the name (`Senoir Engineer, Platform, remote`) is a post's line.
  if (entry && !isRole(entry[1]!)) {
    const name = start + line.indexOf(entry[1]!);
    const account = entry[2] ?? entry[3]!;
    const handle = start + line.lastIndexOf(account);
    spans.push([name, name + entry[1]!.length]);
    accounts.push([handle, handle + account.length]);
  }
  const field = line.includes(':') ? labelledField.exec(line) : null;
  // A role someone holds labels their name: a community's (`CTF Chair: Finley`) or an office's (`Publicity Officer: Shoham`).
  if (field && (nameLabel.test(field[1]!.trim()) || roleNounTitle.test(field[1]!) || isRole(field[1]!.trim()))) namedValue(field[2]!, start + line.lastIndexOf(field[2]!), spans, accounts);
  else if (field && placeLabel.test(field[1]!.trim())) placesIn(field[2]!, start + line.lastIndexOf(field[2]!), spans);
  // `Kellin, [mcavoyk](https://github.com/mcavoyk)`: the name the linked profile is of.
  const beforeProfile = line.includes('](') ? nameBeforeProfile.exec(line) : null;
  if (beforeProfile && profile.test(beforeProfile[2]!) && !isRole(beforeProfile[1]!)) {
    const name = start + line.indexOf(beforeProfile[1]!);
    spans.push([name, name + beforeProfile[1]!.length]);
  }
  const withAccount = line.includes('(') ? nameAndAccountAlone.exec(line) : null;
  if (withAccount) namedValue(withAccount[1]!, start + line.lastIndexOf(withAccount[1]!), spans, accounts);
  // `| Zach Hill (zhill), Steven Zou (steven-zou) |`: names with their accounts, listed in a cell or by commas.
  else if (line.includes('(') && /[|,]/.test(line)) for (const m of matchesOf(listedNameAndAccount, line)) namedValue(m[1]!, start + m.index + m[0].indexOf(m[1]!), spans, accounts);
  if (line.includes(':')) for (const m of matchesOf(labelledAccount, line)) accounts.push([start + m.index + m[0].length - m[1]!.length, start + m.index + m[0].length]);
  return { names: [...spans, ...accounts], accounts };
}

/**
 * A value that names someone, at `at` of the source: one to four capitalised words, perhaps with
 * an account after them in brackets; not a sentence, nor a job title (`Name: Senoir Engineer`
 * is a post's).
 */
function namedValue(value: string, at: number, spans: [number, number][], accounts: [number, number][]): void {
  const withAccount = nameAndAccount.exec(value);
  // A note after the name, in brackets or after a comma (`Surae Noether (Brandon Goodell, …`), is not the name.
  const name = withAccount?.[1] ?? value.replace(/[ \t]*[(,].*$/, '');
  if (!nameLike.test(name) || isRole(name)) return;
  spans.push([at, at + name.length]);
  if (withAccount) {
    const account = at + value.lastIndexOf(withAccount[2]!);
    accounts.push([account, account + withAccount[2]!.length]);
  }
}

/** The capitalised words of a value that names places (placeLabel), at `at` of the source. */
function placesIn(value: string, at: number, spans: [number, number][]): void {
  for (const m of matchesOf(capitalisedWord, value)) spans.push([at + m.index, at + m.index + m[0].length]);
}

/** Most words of a place's value under its own heading (`**Buaran, East-Jakarta, Indonesia.**`). */
const placeValueWords = 12;

/** Names joined by commas or `and` and nothing else (`Natasza, Morgane, Mark, Adrien`). */
const namesOnly = /^\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*)*(?:[ \t]*(?:,|&|\band\b)[ \t]*(?:and[ \t]+)?\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*)*)+\.?$/u;

/**
 * The paragraph right under a heading that asks where (`### Location`, `## Office`), a few words:
 * its capitalised words name places, as a field's value after `Location:` does; under a heading
 * about people (`### Attendees`), names joined by commas and nothing else name them.
 */
function placeSections(index: TreeIndex, source: string, spans: [number, number][]): void {
  for (const at of index.of('heading')) {
    const next = index.nodes[index.end(at)];
    if (next?.type !== 'paragraph' || index.parent(index.end(at)) !== index.parent(at)) continue;
    const title = toString(index.nodes[at]!).replace(/:\s*$/, '').trim();
    const places = placeLabel.test(title);
    if (!places && !peopleTitle.test(title)) continue;
    const { start, end } = next.position ?? {};
    if (start?.offset === undefined || end?.offset === undefined) continue;
    const value = source.slice(start.offset, end.offset);
    if (value.split(/\s+/).length <= placeValueWords && (places || namesOnly.test(value.trim()))) placesIn(value, start.offset, spans);
  }
}

/** The name of a heading that names a person and their role (`personHeading`), either side. */
function personInHeading(line: string, start: number, spans: [number, number][]): void {
  // A heading of a name and a role is short: a long line is no such heading (and not tried at each of its dashes).
  const m = line.length <= 160 && line.charCodeAt(line.search(/\S/)) === 35 ? personHeading.exec(line) : null;
  if (!m) return;
  const [, first, second] = m as unknown as [string, string, string];
  // The role may be a community's (`Weekly Events Maintainer - Meg Gutshall`) as well as a job.
  const roleLike = (text: string) => isRole(text) || roleNounTitle.test(text);
  const name = personName.test(first) && !roleLike(first) && roleLike(second) ? first : personName.test(second) && !roleLike(second) && roleLike(first) ? second : undefined;
  if (name === undefined) return;
  const from = start + line.indexOf(name, name === second ? line.indexOf(first) + first.length : 0);
  spans.push([from, from + name.length]);
}

/**
 * A capitalised word before a verb of saying ("Okonkwo says"): found from the verbs, which few
 * documents hold, not by trying every capitalised word. The name runs from the first capital of
 * the word the verb follows (`McKinsey`, `O’Neil`) to its end.
 */
function saidBy(source: string, start: number, line: string, spans: [number, number][]): void {
  for (const m of matchesOf(saying, line)) {
    const at = start + m.index;
    const from = Math.max(0, at - 80);
    const word = wordToEnd.exec(source.slice(from, at));
    if (!word) continue;
    const end = from + word.index + word[0].length;
    const capital = word[0].search(/\p{Lu}/u);
    // A capital and at least one more character: `X says` names no one.
    if (capital >= 0 && capital < word[0].length - 1) spans.push([from + word.index + capital, end]);
  }
}

/**
 * An organisation named before the title of the person who heads or founded it, and that person's
 * name (`Quora CEO Adam D’Angelo`, `Andela founder Iyinola Aboyeji`): a capitalised word there is
 * the organisation's name.
 */
const headOf = /(?<![\p{L}\p{N}'’-])(\p{Lu}[\p{L}\p{N}'’.&-]*\p{L}) (?:CEO|CTO|COO|CFO|CPO|CMO|CIO|CISO|[Cc]o-?founder|[Ff]ounder|[Pp]resident|[Cc]hair(?:man|woman|person)?)(?:,? (?:and|&) [\p{L} -]{2,20})? \p{Lu}\p{Ll}/gu;
const headWords = /\b(?:CEO|CTO|COO|CFO|CPO|CMO|CIO|CISO|[Ff]ounder|[Pp]resident|[Cc]hair)/;

function headedBy(line: string, start: number, spans: [number, number][]): void {
  if (!headWords.test(line)) return;
  for (const m of matchesOf(headOf, line)) spans.push([start + m.index, start + m.index + m[1]!.length]);
}

/** A research group named for its head, as labs are (`Lai Lab - Positions`, `the Chiong Laboratory`): the capitalised word before. */
const labOf = /(?<![\p{L}\p{N}'’-])(\p{Lu}\p{Ll}+)[ \t]+(?:Lab|Labs|Laboratory|Laboratories)(?![\p{L}\p{N}])/gu;

function namedLab(line: string, start: number, spans: [number, number][]): void {
  if (!line.includes('Lab')) return;
  for (const m of matchesOf(labOf, line)) spans.push([start + m.index, start + m.index + m[1]!.length]);
}

/**
 * A full name and, after a comma, the role its person holds (`Steve Hoey, CLT Director; Jimm Reed,
 * Development Director`, `our lead, Ana Díaz, Head of Design`): its words are a name.
 */
const nameComma = /(?<![\p{L}\p{N}'’-])(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,2}),[ \t]+([^,;.()\n]{2,50})/gu;

function namedWithRole(line: string, start: number, spans: [number, number][]): void {
  if (!line.includes(',')) return;
  for (const m of matchesOf(nameComma, line)) {
    if (isRole(m[1]!) || !isRole(m[2]!.replace(/^(?:and|&)[ \t]+/, ''))) continue;
    spans.push([start + m.index, start + m.index + m[1]!.length]);
  }
}

/**
 * The name of whose account a link shows (`[@davglass](…)`): the capitalised words right before it
 * (`Dav Glass [@davglass](…)`), and the words after it and a dash that its letters hold
 * (`[@mmarchini](…) - mary marchini`).
 */
const nameBeforeHandle = /(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2})[ \t]+\[@[\w.-]+\]/gu;
const handleThenName = /\[@([\w.-]+)\](?:\([^)\s]*\))?[ \t]*[-–—:,][ \t]*([\p{L}'’-]+(?:[ \t]+[\p{L}'’-]+){0,2})/gu;

function besideHandle(line: string, start: number, spans: [number, number][]): void {
  if (!line.includes('[@')) return;
  for (const m of matchesOf(nameBeforeHandle, line)) spans.push([start + m.index, start + m.index + m[1]!.length]);
  for (const m of matchesOf(handleThenName, line)) {
    const handle = m[1]!.toLowerCase();
    const words = m[2]!.split(/[ \t]+/);
    if (!words.some((w) => w.length >= 3 && handle.includes(w.toLowerCase()))) continue;
    const from = start + m.index + m[0].length - m[2]!.length;
    spans.push([from, from + m[2]!.length]);
  }
}

/**
 * A heading that is a full name and a note in brackets on the person (`### Budianto Hamuddin
 * (Southeast Asia)`, `### José Florencio Fabella Lapeña, Jr. (WAME)`), as a board's page lists
 * its members: not a role's title (`### Senior Engineer (Remote)`).
 */
const nameWithNote = /^[ \t]{0,3}#{1,6}[ \t]+(\p{Lu}[\p{L}'’.-]+(?:[ \t]+\p{Lu}[\p{L}'’.-]+){1,4}(?:,[ \t]+(?:Jr|Sr|II|III)\.?)?)[ \t]+\([^()\n]{1,60}\)[ \t]*#*[ \t]*$/u;

function nameWithNoteHeading(line: string, start: number, spans: [number, number][]): void {
  if (line.charCodeAt(line.search(/\S/)) !== 35 || !line.includes('(')) return;
  const m = nameWithNote.exec(line);
  if (!m || isRole(m[1]!)) return;
  const from = start + line.indexOf(m[1]!);
  spans.push([from, from + m[1]!.length]);
}

/**
 * A link to a site whose whole text is a name (`[Kickstarter](https://gist.github.com/…)`, `[Rent
 * the Runway Dresscode](…)` is not): one to four capitalised words name the organisation, product or
 * publication linked to, as a reader takes them.
 */
function namesSite(link: Link): boolean {
  if (!/^https?:\/\//i.test(link.url) || link.children.length !== 1 || link.children[0]!.type !== 'text') return false;
  return nameLike.test(link.children[0]!.value.trim());
}

/**
 * An item that lists people by a label (`2019: mrbobbytables, castrojo and idvoretskyi`, `Chairs:
 * Ana Lima, Jo Bloggs`): a short label and a colon, then names or account names, separated by
 * commas or `and`.
 */
function namesByLabel(text: string): boolean {
  const m = /^[^:\n]{1,20}:[ \t]*(\S.*)$/.exec(text.trim());
  if (!m) return false;
  const names = m[1]!.split(/[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+/);
  return names.every((n) => accountName.test(n) || nameLike.test(n));
}

/** The name-like cells of tables about people or organisations. */
/** The places tables hold: people and their accounts, and the identifiers a column titled for them lists. */
function tablePlaces(index: TreeIndex, source: string, spans: [number, number][]): void {
  peopleTables(index, source, spans);
  identifierColumns(index, source, spans);
}

/** A column titled for what a program is given by name: commands, options, flags, keys, fields, variables. */
const identifierColumn = /^(?:(?:bot |slash |chat )?commands?|options?|flags?|keys?|fields?|variables?|parameters?|params?|settings?|properties|property|arguments?|args?|aliases?|endpoints?)$/i;
/** One token in lower case, as written or as a link's text (`kick`, `[togglerole](mod/togglerole.md)`, `--dry-run`). */
const identifierCell = /^(?:[!/.-]{0,2}[\p{Ll}\p{N}][\p{Ll}\p{N}_.-]*|\[[!/.-]{0,2}[\p{Ll}\p{N}][\p{Ll}\p{N}_.-]*\]\([^()\s]*\))$/u;

/**
 * The cells of a table's column titled for commands, options or keys (`Command | Description` over
 * `modset | Manages server settings`), each one token in lower case: what a program reads, not
 * prose (`modset`, `softban`, `togglerole` of a moderation bot).
 */
function identifierColumns(index: TreeIndex, source: string, spans: [number, number][]): void {
  for (const at of index.of('table')) {
    const rows = index.within(at, 'tableRow');
    const header = index.within(rows[0] ?? at, 'tableCell').map((c) => index.nodes[c]!);
    header.forEach((title, column) => {
      if (!identifierColumn.test(cellText(source, title.position?.start.offset, title.position?.end.offset))) return;
      const cells = rows.slice(1).flatMap((row) => {
        const cell = index.nodes[index.within(row, 'tableCell')[column] ?? -1];
        return cell ? [cell] : [];
      });
      const texts = cells.map((c) => cellText(source, c.position?.start.offset, c.position?.end.offset));
      if (cells.length === 0 || !texts.every((t) => identifierCell.test(t))) return;
      for (const cell of cells) spans.push([cell.position!.start.offset!, cell.position!.end.offset!]);
    });
  }
}

function peopleTables(index: TreeIndex, source: string, spans: [number, number][]): void {
  for (const at of index.of('table')) {
    siteRows(index, at, source, spans);
    const cells = index.within(at, 'tableCell').map((c) => index.nodes[c]!);
    const texts = cells.map((c) => cellText(source, c.position?.start.offset, c.position?.end.offset));
    const header = index.within(index.within(at, 'tableRow')[0] ?? at, 'tableCell').length;
    // A column titled for one or more (`Person(s)`, `Owner(s)`) is titled for them.
    const titles = texts.slice(0, header).map((t) => t.replace(/\(s\)$/i, 's'));
    const people =
      titles.some((t) => peopleColumn.test(t)) ||
      texts.some((t) => /(?:^|\s)@[\w-]+/.test(t)) ||
      index.within(at, 'link').some((l) => profile.test((index.nodes[l] as Link).url));
    // A column titled for people alone (`Maintainer`, `Evangelist`) holds names in a table about anything else too;
    // in a table of people, a column titled by a site (`Discord`, `Slack`) holds their accounts there.
    const persons = new Set(titles.flatMap((t, column) => (personColumn.test(t) || (people && siteLabel.test(t)) ? [column] : [])));
    if (!people && persons.size === 0) continue;
    cells.forEach((cell, i) => {
      const start = cell.position?.start.offset;
      const end = cell.position?.end.offset;
      if (start === undefined || end === undefined || i < header) return;
      const ofPersons = () => persons.has(columnOf(index, at, cell));
      // A person's column may name several in a cell (`Kolja, Daniel`, `Ana & Bo`), or one as they
      // write it, the surname in lower case (`Ankit kumar`).
      if ((people && nameLike.test(texts[i]!)) || (ofPersons() && (nameLike.test(texts[i]!) || accountName.test(texts[i]!) || severalNames(texts[i]!) || nameAsWritten.test(texts[i]!)))) spans.push([start, end]);
    });
  }
}

/** A name as someone writes it: a capitalised first name, then up to three words in any case. */
const nameAsWritten = /^\p{Lu}\p{Ll}+(?:[ \t]+[\p{L}'’.-]+){0,3}$/u;

/** Two names or more in one cell, by commas, `&`, `/` or `and` (`Kolja, Daniel`). */
function severalNames(text: string): boolean {
  const parts = text.split(/[ \t]*(?:,|&|\/|\band\b)[ \t]*/);
  return parts.length >= 2 && parts.every((part) => nameLike.test(part));
}

/** A site's label alone in a cell (`GitHub`, `Slack handle`): the cells after it in its row hold accounts. */
const siteLabel = /^(?:github|gitlab|codeberg|slack|discord|matrix|irc|twitter|mastodon|keybase|telegram)(?:[ \t]+(?:id|handle|user(?:name)?|login|account|nick))?$/iu;

/** A profile's table row labelled by a site (`| GitHub | georgebuzzell |`): its account. */
function siteRows(index: TreeIndex, table: number, source: string, spans: [number, number][]): void {
  for (const row of index.within(table, 'tableRow')) {
    const [first, ...rest] = index.within(row, 'tableCell').map((c) => index.nodes[c]!);
    if (!first || !siteLabel.test(cellText(source, first.position?.start.offset, first.position?.end.offset))) continue;
    for (const cell of rest) {
      const { start, end } = cell.position ?? {};
      if (start?.offset !== undefined && end?.offset !== undefined && accountName.test(cellText(source, start.offset, end.offset))) spans.push([start.offset, end.offset]);
    }
  }
}

/** The column of a table's cell: its place in its row. */
function columnOf(index: TreeIndex, table: number, cell: object): number {
  for (const row of index.within(table, 'tableRow')) {
    const column = index.within(row, 'tableCell').findIndex((c) => index.nodes[c] === cell);
    if (column >= 0) return column;
  }
  return -1;
}

/** A cell's text as written, without links' targets, emphasis or code marks. */
function cellText(source: string, start: number | undefined, end: number | undefined): string {
  if (start === undefined || end === undefined) return '';
  return source.slice(start, end).replace(/\]\([^)]*\)/g, '').replace(/[|*_`[\]]/g, '').trim();
}

/** Two or three capitalised words (`Crystal Shamsi`, `Ilia de Leon`, `Leah Harper-Lane`): the shape of a person's name as a heading. */
const headingName = /^\p{Lu}\p{Ll}+(?:[ \t]+(?:(?:de|da|del|van|von|der|den|la|le|di|du|dos)[ \t]+)?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}\p{Ll}+)?){1,2}$/u;

/** A paragraph that opens in the first person: a person's own words about themself. */
const firstPerson = /^(?:I|I['’](?:m|ve|d)|My)\s/;
const startsInFirstPerson = (paragraph: Paragraph) => paragraph.children[0]?.type === 'text' && firstPerson.test(paragraph.children[0].value);
const pictureAlone = (paragraph: Paragraph) => paragraph.children.every((c) => c.type === 'image' || (c.type === 'text' && c.value.trim() === ''));
/** A label a profile opens with (`**Location:** Geneva`, `**Affiliation:**`, `**Pronouns:**`), in bold. */
const profileLabel = /^(?:location|affiliations?|pronouns|institution|organi[sz]ation|university|based in|social|socials|country)\s*:?$/i;
const opensProfile = (paragraph: Paragraph) => paragraph.children[0]?.type === 'strong' && profileLabel.test(toString(paragraph.children[0]).trim());

/** Whether a paragraph of the heading's section, before the next heading, opens with a profile's field (a bio may come first). */
function profileSection(index: TreeIndex, heading: number): boolean {
  for (let at = nextSibling(index, heading); at !== -1 && index.nodes[at]!.type !== 'heading'; at = nextSibling(index, at)) {
    const node = index.nodes[at]!;
    if (node.type === 'paragraph' && opensProfile(node)) return true;
  }
  return false;
}
/** An HTML picture alone on its lines (`<img class="avatar" src=… alt="Peter Inglesby" />`), as a site sets a headshot. */
const headshotTag = /^<img\b[^>]*>\s*$/i;

/**
 * A heading shaped as a name over a picture alone (`### Crystal Shamsi` over a headshot, in Markdown or an HTML `<img>`), over
 * words in the first person (`### Joan Ramos` over `I'm a community catalyst…`) or over a profile's
 * first field (`## Wambui Karuga` over `**Location:** Nairobi`): a team or board
 * page's card of a person, whose name the heading is. A section's title has neither right under
 * it; a role's title (`Staff Engineer`) is told apart by its words all the same.
 */
function headshotHeadings(index: TreeIndex, spans: [number, number][]): void {
  for (const at of index.of('heading')) {
    const next = index.nodes[index.end(at)];
    if (index.parent(index.end(at)) !== index.parent(at)) continue;
    if (next?.type === 'html' ? !headshotTag.test(next.value) : next?.type !== 'paragraph' || !(startsInFirstPerson(next) || pictureAlone(next) || profileSection(index, at))) continue;
    const heading = index.nodes[at] as Heading;
    const text = toString(heading).trim();
    if (heading.children.length !== 1 || !headingName.test(text) || isRole(text)) continue;
    const { start, end } = heading.children[0]!.position ?? {};
    if (start?.offset !== undefined && end?.offset !== undefined) spans.push([start.offset, end.offset]);
  }
}

/** A name in bold: one capitalised word, perhaps with a second or an initial (`Nam N`), and nothing else. */
const boldName = /^\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}(?:\p{Ll}+|\.)?)?$/u;

/** What joins two names in a roll-call: a comma, `and`, `&`. */
const joiningNames = /^[ \t]*(?:,|,?[ \t]+(?:and|&))[ \t]+$/;
/** A verb of being after a name (`**Anh** is our lead designer`). */
const isAfterName = /[ \t]+(?:is|was)[ \t]/y;

/**
 * Names in bold, two or more in one paragraph, each joined to another by a comma or `and`
 * (`**Ngoc**, **Ly** and **Thanh** head up product strategy`) or followed by `is` (`**Anh** is our
 * lead designer. Along with **Giang**, they…`): a team page introducing its people. A bold label
 * (`**Location**: Remote`) or a bold word starting a sentence (`**Vite** first.`) is read as any word.
 */
function boldNames(index: TreeIndex, source: string, spans: [number, number][]): void {
  const byParagraph = new Map<number, [number, number][]>();
  for (const at of index.of('strong')) {
    const { start, end } = index.nodes[at]!.position ?? {};
    if (start?.offset === undefined || end?.offset === undefined || !boldName.test(toString(index.nodes[at]!))) continue;
    const paragraph = index.parent(at);
    if (index.nodes[paragraph]?.type !== 'paragraph') continue;
    const found = byParagraph.get(paragraph) ?? byParagraph.set(paragraph, []).get(paragraph)!;
    found.push([start.offset, end.offset]);
  }
  for (const found of byParagraph.values()) {
    if (found.length < 2) continue;
    const joined = (i: number) => i >= 0 && i + 1 < found.length && joiningNames.test(source.slice(found[i]![1], found[i + 1]![0]));
    found.forEach((span, i) => {
      isAfterName.lastIndex = span[1];
      if (joined(i) || joined(i - 1) || isAfterName.test(source)) spans.push(span);
    });
  }
}

/** A note in brackets ending a list item, in italics or bold or not. */
/** The fewest items of a roster that mixes names and accounts, and the share of them that must be either. */
const minMixedRoster = 10;
const mixedRosterShare = 0.9;
const bracketedNote = /[ \t]+[_*]{0,2}\([^()\n]*\)[_*]{0,2}\s*$/;
/** Titles of a roster of people by their standing (`TOC Alumni`, `Current members`), not of a team's work. */
const rosterTitle = /\b(?:members|maintainers|alumni|emeriti|emeritus|chairs|officers|reviewers|approvers|owners|contributors|authors|speakers|organi[sz]ers|volunteers|attendees|participants|ambassadors|fellows|advis[eo]rs|trustees)\b/i;
/** A full name, then what is said of the person: an affiliation in brackets, a comma, a dash (`Yoav Landman (JFrog) - 04/20/2020 to 04/30/2021`). */
const nameThenNote = /^\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){1,3}(?:[ \t]*\(|,[ \t]|[ \t]+[-–—][ \t])/u;

/** A name in bold or italics at the start of an item, before its note. */
const boldLead = /^(\*\*|__|\*|_)([^*_\n]+?)\1(?=[,(\s]|$)/;

/** Items of lists under a title about people, where every item is a name. */
function peopleLists(tree: Root, index: TreeIndex, source: string, spans: [number, number][]): void {
  const lists = outline(tree, source).lists;
  for (const at of index.of('list')) {
    const start = index.nodes[at]!.position?.start.offset;
    const title = lists.find((l) => l.offset === start)?.title?.text;
    if (start === undefined || !title || !peopleTitle.test(title)) continue;
    const items = index.within(at, 'listItem').map((i) => index.nodes[i]!);
    // A note in brackets after the name, in italics or not (`Andi _(term ending in 2027)_`), says something of the person.
    // A name in bold before its note (`**Gigi Bolt**, Columbia School of the Arts`) is the name as any.
    const texts = items.map((i) => cellText(source, i.position?.start.offset, i.position?.end.offset).replace(/^(?:[-+*]|\d+[.)])\s+/, '').replace(bracketedNote, '').replace(boldLead, '$2'));
    // A long roster may mix names and accounts, with a joke or two among them (`+ baf`, `+ Celph`,
    // `+ a team of ants in their prime` under `## Past Staff`).
    const people = texts.filter((t) => nameLike.test(t) || accountName.test(t)).length;
    const named = texts.every((t) => nameLike.test(t)) || texts.every((t) => accountName.test(t)) || texts.every(namesByLabel) || (texts.length >= minMixedRoster && people >= mixedRosterShare * texts.length);
    if (items.length < 2 || !(named || (rosterTitle.test(title) && texts.every((t) => nameThenNote.test(t) || nameLike.test(t))))) continue;
    for (const item of items) spans.push([item.position!.start.offset!, item.position!.end.offset!]);
  }
}
