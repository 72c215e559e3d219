import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { PathwayModel } from '../../../forms/organisation-profile.schema';
import { TrainingRoute } from './training-route';

/** Trainer mode as the app gives it an organisation (src/app/training-route-with-profile.tsx); the step pages are not needed here. */
function renderAt(path: string, pathwayModel: PathwayModel = 'bsw-reporting-chart') {
  const route = {
    path: '/training/*',
    element: <TrainingRoute organisation={{ name: 'A fictional ICB', pathwayModel }} pages={{ ConcernStep: () => null }} />,
  };
  render(<RouterProvider router={createMemoryRouter([route], { initialEntries: [path] })} />);
}
const heading = (name: string | RegExp) => screen.findByRole('heading', { level: 1, name }, { timeout: 5000 });

describe('the briefing and the debrief name the pathway model the scenario runs on', () => {
  it('with the MSE profile, a scenario with an MSE path runs on the MSE flowchart', async () => {
    renderAt('/training/s02', 'mse-police-portal');
    await heading('Wanting a way out');
    expect(screen.getByText('Pathway: the MSE police-portal flowchart (MSE ICB Prevent Policy)')).toBeInTheDocument();
    expect(screen.getByText('The concern pathway runs on your organisation’s own pathway model.')).toBeInTheDocument();
    expect(screen.getByText(/read “the safeguarding lead” there as the ICB Prevent Lead/)).toBeInTheDocument();
  });

  it('with the MSE profile, S11 says plainly that it teaches the BSW process, and why', async () => {
    renderAt('/training/s11', 'mse-police-portal');
    await heading('Send us everything');
    expect(screen.getByText('Pathway: the BSW reporting flow chart (BSW ICB Prevent Policy)')).toBeInTheDocument();
    expect(screen.getByText(/^This scenario teaches the BSW ICB process for answering a request for information/)).toBeInTheDocument();
    expect(screen.getByText(/^Your organisation follows the MSE police-portal flowchart, which this scenario does not run on/)).toBeInTheDocument();
  });

  it('with the BSW profile, the BSW chart, and no MSE note', async () => {
    renderAt('/training/s02');
    await heading('Wanting a way out');
    expect(screen.getByText('Pathway: the BSW reporting flow chart (BSW ICB Prevent Policy)')).toBeInTheDocument();
    expect(screen.queryByText(/ICB Prevent Lead who advises/)).toBeNull();
  });

  it('the debrief names the model: MSE for an MSE organisation', async () => {
    renderAt('/training/s02/debrief', 'mse-police-portal');
    await heading(/^Debrief: S02/);
    expect(screen.getByText('Pathway: the MSE police-portal flowchart (MSE ICB Prevent Policy)')).toBeInTheDocument();
  });

  it('the scenario list marks the one scenario that runs on another chart than the organisation’s (S11 for MSE), and none for BSW', async () => {
    renderAt('/training', 'mse-police-portal');
    await heading('Trainer mode');
    const marked = screen.getAllByText(/^Runs on .*, not your organisation’s pathway/);
    expect(marked).toHaveLength(1);
    expect(marked[0]!.closest('li')).toHaveTextContent('S11');
    expect(marked[0]).toHaveTextContent('Runs on the BSW reporting flow chart');
  });

  it('with the BSW profile every scenario runs on the organisation’s chart: none is marked', async () => {
    renderAt('/training');
    await heading('Trainer mode');
    expect(screen.queryByText(/not your organisation’s pathway/)).toBeNull();
  });
});
