/**
 * Word pools drawn once from a seeded Faker, so per-message generation only indexes arrays with
 * the cheap PRNG (reseeding Faker costs ~30 µs, too slow for lazy per-message generation).
 */
import { Faker, base, en, en_IN } from '@faker-js/faker';

export interface TextPools {
  firstNames: readonly string[];
  lastNames: readonly string[];
  companies: readonly string[];
  products: readonly string[];
  cities: readonly string[];
  streets: readonly string[];
  phrases: readonly string[];
  sentences: readonly string[];
  groupTopics: readonly string[];
  weekdays: readonly string[];
}

function many(n: number, make: () => string): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(make());
  return out;
}

/**
 * Builds the pools for a seed (Indian + English locales: the documented org is Indian).
 * @param seed - simulator seed; same seed ⇒ same pools
 */
export function buildTextPools(seed: number): TextPools {
  const faker = new Faker({ locale: [en_IN, en, base] });
  faker.seed(seed);
  return {
    firstNames: many(400, () => faker.person.firstName()),
    lastNames: many(300, () => faker.person.lastName()),
    companies: many(300, () => faker.company.name()),
    products: many(300, () => faker.commerce.productName()),
    cities: many(150, () => faker.location.city()),
    streets: many(200, () => `${faker.location.streetAddress()}, ${faker.location.city()}`),
    phrases: many(200, () => faker.hacker.phrase()),
    sentences: many(200, () => faker.company.catchPhrase()),
    groupTopics: many(150, () => `${faker.commerce.department()} ${faker.word.noun()}`),
    weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  };
}
