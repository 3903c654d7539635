import { translationProblems } from './translation-check.mjs';

const FILES = {
  customer: { es: ['ui.es.json', 'customer.es.json'] },
  supplier: { es: ['ui.es.json', 'supplier.es.json'] },
};

describe('translationProblems', () => {
  const extracted = {
    customer: { a: 'Home', b: 'To {$INTERPOLATION}', s: 'Sign out' },
    supplier: { c: 'Launches', s: 'Sign out' },
  };
  const translations = {
    'ui.es.json': { s: 'Cerrar sesión' },
    'customer.es.json': { a: 'Inicio', b: 'A {$INTERPOLATION}' },
    'supplier.es.json': { c: 'Lanzamientos' },
  };

  it('finds nothing when every message is translated once, shared ones in the shared file', () => {
    expect(translationProblems({ extracted, translations, files: FILES })).toEqual([]);
  });

  it('names a message that has no translation, with its English text', () => {
    const problems = translationProblems({
      extracted: { ...extracted, customer: { ...extracted.customer, d: 'Book seats' } },
      translations,
      files: FILES,
    });
    expect(problems).toEqual(['customer (es): message d has no translation: "Book seats"']);
  });

  it('names a translation no app uses any more', () => {
    const problems = translationProblems({
      extracted,
      translations: {
        ...translations,
        'customer.es.json': { ...translations['customer.es.json'], old: 'Viejo' },
      },
      files: FILES,
    });
    expect(problems).toEqual(['customer.es.json: message old is in no app any more (stale): "Viejo"']);
  });

  it('refuses a message translated in two files of one locale', () => {
    const problems = translationProblems({
      extracted,
      translations: {
        ...translations,
        'customer.es.json': { ...translations['customer.es.json'], s: 'Salir' },
      },
      files: FILES,
    });
    expect(problems).toEqual([
      'customer (es): message s is translated in both ui.es.json and customer.es.json',
    ]);
  });

  it('refuses a translation that drops a placeholder', () => {
    const problems = translationProblems({
      extracted,
      translations: { ...translations, 'customer.es.json': { a: 'Inicio', b: 'A algún sitio' } },
      files: FILES,
    });
    expect(problems).toEqual([
      'customer.es.json: message b must keep the placeholders {$INTERPOLATION}, has (none)',
    ]);
  });
});
