import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// The lazy-loaded cards and tabs take longer than a second to appear, and a
// test longer than five, when the repository's suites share two cores.
configure({ asyncUtilTimeout: 5_000 });
jest.setTimeout(20_000);
