import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RD_NORMALISE, xmlDifferences } from './xml-equivalence.js';

const doc = (s: string): Buffer => Buffer.from(s, 'utf8');

describe('the XML equivalence the golden test relies on', () => {
  it('ignores attribute order, prefixes, whitespace, declaration and BOM', () => {
    const a = doc('<?xml version="1.0"?>\n<r xmlns="urn:x"><a p="1" q="2" />\n  <b>t</b></r>');
    const b = doc('\ufeff<x:r xmlns:x="urn:x"><x:a q="2" p="1"/><x:b> t </x:b></x:r>');
    assert.deepEqual(xmlDifferences('t', a, b), []);
  });

  it('reports a changed value, a missing attribute, a namespace change and reordered elements', () => {
    const a = doc('<r xmlns="urn:x"><a p="1" q="2" /><b /><c /></r>');
    assert.deepEqual(xmlDifferences('t', a, doc('<r xmlns="urn:x"><a p="9" /><b /><c /></r>')), ['r/a[0]/@p: "9", expected "1"', 'r/a[0]/@q: missing (expected "2")']);
    assert.equal(xmlDifferences('t', a, doc('<r xmlns="urn:y"><a p="1" q="2" /><b /><c /></r>')).length, 1);
    assert.equal(xmlDifferences('t', a, doc('<r xmlns="urn:x"><a p="1" q="2" /><c /><b /></r>')).length, 2);
    assert.equal(xmlDifferences('t', a, doc('<r xmlns="urn:x"><a p="1" q="2" /><b /></r>')).length, 1);
  });

  it('in .rd documents ignores Id attributes and the GUID of role/@software, nothing else', () => {
    const a = doc('<serviceModel Id="11111111-2222-3333-4444-555555555555"><role name="W" software="W_aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee.cssx" /></serviceModel>');
    const b = doc('<serviceModel Id="99999999-2222-3333-4444-555555555555"><role name="W" software="W_ffffffff-bbbb-cccc-dddd-eeeeeeeeeeee.cssx" /></serviceModel>');
    assert.deepEqual(xmlDifferences('rd', a, b, RD_NORMALISE), []);
    const c = doc('<serviceModel Id="9"><role name="W" software="V_ffffffff-bbbb-cccc-dddd-eeeeeeeeeeee.cssx" /></serviceModel>');
    assert.equal(xmlDifferences('rd', a, c, RD_NORMALISE).length, 1);
  });
});
