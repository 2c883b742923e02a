/**
 * The covariance of the toy world's response features (content/chapter-1, section 1.5): what a linear reward model
 * needs to know about the responses to score its ranking exactly, without sampling pairs.
 *
 * @module
 */
import type { World } from './create-world.ts';

/**
 * The covariance matrix $\Sigma$ of the feature vector $\varphi(x, y) = (h,\, s,\, \rho h + \sqrt{1-\rho^2}\,z)$ of a
 * response, with $h, s, z$ independent standard normals (see `createWorld`):
 * $$ \Sigma = \begin{pmatrix} 1 & 0 & \rho \\ 0 & 1 & 0 \\ \rho & 0 & 1 \end{pmatrix}, $$
 * where $\rho$ is the world's `lengthCorrelation`. The difference of two independent responses to a prompt has
 * covariance $2\Sigma$. This is the population the world samples from, not the sample covariance of its
 * responses.
 *
 * @example
 * featureCovariance(createWorld({ lengthCorrelation: 0.5 })); // [[1, 0, 0.5], [0, 1, 0], [0.5, 0, 1]]
 */
export function featureCovariance(world: Pick<World, 'lengthCorrelation'>): number[][] {
  const rho = world.lengthCorrelation;
  return [
    [1, 0, rho],
    [0, 1, 0],
    [rho, 0, 1],
  ];
}
