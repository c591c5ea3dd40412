/** A small world for the web view's tests: every page type, and hostile names everywhere. */

/** Markup that must come out as text wherever a name from the world is shown. */
export const HOSTILE = `<img src=x onerror="alert(1)"><script>alert(2)</script>"'&`;

const notebook = JSON.stringify({
  cells: [
    { cell_type: "markdown", source: ["# Exploring\n", HOSTILE] },
    {
      cell_type: "code",
      execution_count: 1,
      source: "print('cells ran')",
      outputs: [{ output_type: "stream", name: "stdout", text: ["cells ran\n"] }],
    },
    {
      cell_type: "code",
      execution_count: 2,
      source: "1/0",
      outputs: [
        {
          output_type: "error",
          ename: "ZeroDivisionError",
          evalue: "division by zero",
          traceback: ["\u001b[0;31mZeroDivisionError\u001b[0m: division by zero"],
        },
      ],
    },
    { cell_type: "code", execution_count: 3, source: "html", outputs: [{ output_type: "display_data", data: { "text/html": [HOSTILE] } }] },
  ],
  metadata: {},
  nbformat: 4,
  nbformat_minor: 5,
});

/** The scenario YAML (scores in the past, deadline ahead: the private board is hidden). */
export function webWorldYaml(): string {
  return `
users:
  - { username: alice, displayName: ${JSON.stringify(`Alice ${HOSTILE}`)} }
  - { username: bob, displayName: Bob }
competitions:
  - slug: tiny-web
    title: ${JSON.stringify(`Tiny ${HOSTILE}`)}
    description: ${JSON.stringify(`Predict y. ${HOSTILE}`)}
    metric: accuracy
    deadline: 2099-01-01T00:00:00Z
    entrants: [alice]
    files:
      - { name: train.csv, content: "id,y\\n1,a\\n", description: ${JSON.stringify(`Training rows ${HOSTILE}`)} }
    solution:
      content: |
        id,y,Usage
        1,a,Public
        2,b,Private
    leaderboard:
      - { team: ${JSON.stringify(`Rivals ${HOSTILE}`)}, members: [rival], publicScore: 0.9, privateScore: 0.8, date: 2026-01-05T00:00:00Z }
      - { team: Others, members: [other], publicScore: 0.4, date: 2026-01-06T00:00:00Z }
    submissions:
      - { user: alice, description: first try, date: 2026-01-01T00:00:00Z, status: complete, publicScore: 0.5, privateScore: 0.5 }
      - { user: alice, description: ${JSON.stringify(`better ${HOSTILE}`)}, date: 2026-01-02T00:00:00Z, status: complete, publicScore: 0.75, privateScore: 0.7 }
      - { user: alice, description: broken, date: 2026-01-03T00:00:00Z, status: error, errorDescription: ${JSON.stringify(`Bad header ${HOSTILE}`)} }
  - slug: closed-web
    title: Closed
    entrants: []
  - slug: unlaunched-web
    title: Unlaunched
    host: bob
    launched: false
datasets:
  - owner: alice
    slug: web-data
    title: ${JSON.stringify(`Web Data ${HOSTILE}`)}
    subtitle: Rows for the web view
    versions:
      - notes: Initial release
        date: 2026-01-01T00:00:00Z
        files: [{ name: a.csv, content: "x\\n1\\n" }]
      - notes: ${JSON.stringify(`Second version adds b.csv ${HOSTILE}`)}
        date: 2026-01-02T00:00:00Z
        files: [{ name: a.csv, content: "x\\n1\\n" }, { name: ${JSON.stringify(`b${HOSTILE}.csv`)}, content: "y\\n2\\n" }]
  - owner: bob
    slug: bob-secret
    title: Bob Secret
    private: true
    versions: [{ notes: hidden, files: [{ name: s.csv, content: "1\\n" }] }]
models:
  - owner: alice
    slug: web-model
    title: ${JSON.stringify(`Web Model ${HOSTILE}`)}
    subtitle: A model for the web view
    instances:
      - framework: pytorch
        slug: default
        license: Apache 2.0
        versions:
          - notes: Initial release
            date: 2026-01-01T00:00:00Z
            files: [{ name: model.pt, content: "weights" }]
          - notes: ${JSON.stringify(`Retrained ${HOSTILE}`)}
            date: 2026-01-02T00:00:00Z
            files: [{ name: model.pt, content: "weights2" }, { name: config.json, content: "{}" }]
      - framework: jax
        slug: small
        license: MIT
        versions: [{ notes: Jax port, date: 2026-01-03T00:00:00Z, files: [{ name: params.npz, size: 2048 }] }]
  - owner: bob
    slug: bob-model
    title: Bob Model
    private: true
    instances: [{ framework: keras, slug: default, versions: [{ files: [{ name: m.keras, content: "k" }] }] }]
kernels:
  - owner: alice
    slug: web-notebook
    title: ${JSON.stringify(`Web Notebook ${HOSTILE}`)}
    kernelType: notebook
    versions:
      - status: complete
        date: 2026-01-02T00:00:00Z
        log: [{ stream: stdout, time: 0.5, data: "training started\\n" }, { stream: stderr, time: 1, data: ${JSON.stringify(`warning ${HOSTILE}\n`)} }]
        outputs:
          - { name: __notebook__.ipynb, content: ${JSON.stringify(notebook)} }
          - { name: submission.csv, content: "id,y\\n1,a\\n" }
          - { name: ${JSON.stringify(`report${HOSTILE}.html`)}, content: ${JSON.stringify(HOSTILE)} }
      - status: error
        failureMessage: ${JSON.stringify(`Kernel run failed: ${HOSTILE}`)}
        date: 2026-01-03T00:00:00Z
`;
}
