/** The bundled `empty` scenario: one user and nothing else. */
export function emptyScenario(): string {
  return `name: empty
description: One user and nothing else.
users:
  - username: alice
    displayName: Alice Archer
    id: 1001
    key: 0a1ce5f3b2c94d7e8f6a5b4c3d2e1f00
    token: KGAT_a11ce0d3m0t0k3n5f3b2c94d7e8f6a5b
`;
}
