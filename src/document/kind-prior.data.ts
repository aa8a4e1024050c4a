/**
 * What a reader knows of role documents before seeing any corpus, as starting weights of the kind
 * model: the log-odds each signal adds for a kind. Job posts say how to apply, what they pay and
 * when applications close; ladder levels are named for a level and sit among levels; role pages
 * are named for a role and speak of terms and duties; code, link lists and process talk make a
 * page something else. Training on the labelled corpus moves these weights only as far as the
 * documents insist (an L2 penalty pulls them back here), so signals seen in one source only do not
 * take over, and the model keeps working for organisations the corpus lacks.
 */
import type { DocumentKind } from './document-kind.data.js';

export const kindPrior: Readonly<Record<DocumentKind, { bias: number; weights: Readonly<Record<string, number>> }>> = {
  'job-post': {
    bias: -4,
    weights: {
      'title:job-ad': 4,
      'title:job': 1,
      'frame:job': 1.5,
      'title:executive': 0.5,
      'heading:apply': 2,
      'heading:pay': 1.5,
      'heading:closing': 1.5,
      'heading:offer': 1.5,
      'heading:employment': 0.5,
      'heading:company': 1,
      'heading:seeking': 1,
      'heading:requirements': 1,
      'heading:duties': 0.5,
      'body:apply': 1,
      'body:pay': 0.7,
      'body:amount': 1.5,
      'body:closing': 1,
      'body:employment': 0.6,
      'body:equalOpportunity': 1,
      'body:seeking': 0.7,
      'body:offer': 0.4,
      'body:company': 0.3,
      'body:you': 0.5,
      'items:qualification': 0.6,
      'path:job': 2,
      'path:careers': 0.5,
      'title:process': -1.5,
      'frontmatter:job': 2,
      'body:process': -0.3,
      'shape:code': -1,
      'items:links': -1,
      'path:process': -1,
    },
  },
  'ladder-level': {
    bias: -4,
    weights: {
      'title:level': 1.5,
      'title:job': 0.5,
      'heading:level-names': 2.5,
      'heading:competencies': 2,
      'heading:levels': 1,
      'body:levels': 1,
      'items:duty-s': 0.6,
      'path:ladder': 2.5,
      'path:level-file': 2.5,
      'path:careers': 0.5,
      'frontmatter:ladder': 2,
      'shape:frontmatter': 1,
      'body:apply': -1,
      'body:amount': -0.5,
      'shape:code': -1,
      'items:links': -1,
      'path:process': -1,
    },
  },
  'role-page': {
    bias: -3.5,
    weights: {
      'title:role-page': 2,
      'title:role-noun': 1.5,
      'frame:role': 1,
      'title:group': -1,
      'title:job': 0.5,
      'title:process': -1,
      'heading:role': 1,
      'heading:term': 1,
      'heading:duties': 1.5,
      'body:role': 0.8,
      'body:term': 0.6,
      'items:duty': 0.4,
      'items:duty-s': 0.3,
      'path:role': 2,
      'frontmatter:role': 2,
      'body:process': -0.3,
      'shape:code': -0.7,
      'items:links': -1,
      'path:process': -0.5,
    },
  },
  other: {
    bias: 0,
    weights: {
      'body:process': 0.3,
      'heading:process': 0.5,
      'title:process': 1.5,
      'title:group': 1.5,
      'shape:code': 1,
      'items:links': 1,
      'path:process': 1,
    },
  },
};
