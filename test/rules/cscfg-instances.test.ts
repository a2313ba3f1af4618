import { cscfg, ruleTester } from '../helpers/lint-harness.js';

ruleTester('CSCFG-instances', {
  valid: [
    {
      name: 'one Instances per role with a positive count, one of them padded',
      files: {
        'ServiceConfiguration.Cloud.cscfg': cscfg(`  <Role name="Web">
    <ConfigurationSettings />
    <Instances count="1" />
  </Role>
  <Role name="Worker">
    <Instances count=" 12 " />
  </Role>`),
      },
    },
    {
      name: 'an Instances without count is left to CSCFG-required-attribute',
      files: {
        'ServiceConfiguration.Cloud.cscfg': cscfg(`  <Role name="Web">
    <Instances />
  </Role>`),
      },
    },
  ],
  invalid: [
    {
      name: 'a missing Instances, a repeated one, and counts that are not positive whole numbers',
      files: {
        'ServiceConfiguration.Cloud.cscfg': cscfg(`  <Role name="Web">
    <ConfigurationSettings />
  </Role>
  <Role name="Worker">
    <Instances count="2" />
    <Instances count="3" />
  </Role>
  <Role name="Zero">
    <Instances count="0" />
  </Role>
  <Role name="Words">
    <Instances count="two" />
  </Role>
  <Role name="Half">
    <Instances count="1.5" />
  </Role>`),
      },
      errors: [
        { line: 2, column: 3, message: 'role "Web" has no <Instances count="..."/>; add one' },
        { line: 7, column: 5, message: 'role "Worker" has more than one <Instances>; keep one' },
        { line: 10, column: 16, message: 'count="0" must be a whole number of at least 1' },
        { line: 13, column: 16, message: 'count="two" must be a whole number of at least 1' },
        { line: 16, column: 16, message: 'count="1.5" must be a whole number of at least 1' },
      ],
    },
  ],
});
