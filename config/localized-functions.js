/**
 * The Latvian functions-lv.json Excel loads when its UI is Latvian (the manifest's lv-LV
 * override of the metadata URL): the generated functions.json with each description and
 * argument description from src/functions/functions-lv.json. Excel localizes only names and
 * descriptions; the names stay KA2.* as in English, so workbooks work in every language.
 */
function localizedFunctions(functionsJson, translations) {
  const metadata = JSON.parse(functionsJson);
  const missing = [];
  for (const fn of metadata.functions) {
    const latvian = translations[fn.id];
    if (!latvian) {
      missing.push(fn.id);
      continue;
    }
    fn.description = latvian.description;
    for (const parameter of fn.parameters ?? []) {
      const text = latvian.parameters?.[parameter.name];
      if (text) parameter.description = text;
      else missing.push(`${fn.id}(${parameter.name})`);
    }
  }
  return { json: JSON.stringify(metadata, null, 2), missing };
}

module.exports = { localizedFunctions };
