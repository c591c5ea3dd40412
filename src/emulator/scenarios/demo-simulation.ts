/**
 * The demo's simulation competition: agents instead of prediction files, a leaderboard of
 * skill ratings, alice's two agents and the episodes they played (replays and agent logs), and
 * the competition pages. Inlined into the demo scenario under `competitions:`.
 */

const replay = (id: number, winner: string, loser: string) =>
  JSON.stringify({
    id,
    name: "connectx",
    version: "1.0.0",
    configuration: { rows: 6, columns: 7, inarow: 4 },
    rewards: [1, -1],
    teams: [winner, loser],
    steps: [
      [{ action: 3 }, { action: 0 }],
      [{ action: 3 }, { action: 1 }],
    ],
  });

const logs = (lines: string[]) => JSON.stringify(lines.map((l, i) => [{ duration: 0.01 * (i + 1), stdout: l, stderr: "" }]));

export function simulationYaml(): string {
  return `
  - slug: connect-arena
    id: 51200
    title: Connect Arena - Four in a Row Agents
    description: Write an agent that plays four in a row; agents are ranked by their skill rating from episodes against each other.
    category: featured
    reward: $15,000
    host: kaggle
    organization: Kaggle
    created: 2026-09-01T00:00:00Z
    deadline: 2027-03-01T23:59:00Z
    teamCount: 912
    kernelCount: 210
    maxDailySubmissions: 5
    maxTotalSubmissions: 100
    metric: accuracy
    simulation: true
    entrants: [alice, bob]
    tags: [games, reinforcement learning]
    leaderboard:
      - { team: "Minimax Masters", id: 11900001, publicScore: 1312.4, date: "2026-11-20T10:00:00Z" }
      - { team: "Greedy Grid", id: 11900002, publicScore: 1105.9, date: "2026-11-21T09:30:00Z" }
    submissions:
      - user: alice
        fileName: main.py
        description: random agent
        date: 2026-11-24T08:00:00Z
        status: COMPLETE
        publicScore: 598.2
        content: |
          import random
          def agent(observation, configuration):
              return random.choice([c for c in range(configuration.columns) if observation.board[c] == 0])
      - user: alice
        fileName: main.py
        description: center-first agent
        date: 2026-11-25T08:00:00Z
        status: COMPLETE
        publicScore: 871.6
        content: |
          def agent(observation, configuration):
              order = [3, 2, 4, 1, 5, 0, 6]
              return next(c for c in order if observation.board[c] == 0)
    pages:
      - name: description
        postTitle: Overview
        mimeType: text/markdown
        content: "Build an agent that wins at four in a row. Each submission plays episodes against agents of similar skill."
      - name: evaluation
        postTitle: Evaluation
        mimeType: text/markdown
        content: "Each agent has a skill rating, updated after every episode it plays. The leaderboard shows the ratings."
      - name: rules
        postTitle: Rules
        content: "<p>One account per participant. At most 5 submissions a day and 100 in all.</p>"
      - name: prizes-draft
        published: false
        content: "Prize split to be announced."
    episodes:
      - id: 70000101
        created: 2026-11-25T09:00:00Z
        ended: 2026-11-25T09:02:10Z
        replay: { content: '${replay(70000101, "alice", "Greedy Grid")}' }
        agents:
          - { user: alice, reward: 1, content: '${logs(["opening in the centre", "four in a row"])}' }
          - { team: "Greedy Grid", reward: -1 }
      - id: 70000102
        created: 2026-11-25T10:00:00Z
        ended: 2026-11-25T10:01:45Z
        agents:
          - { team: "Minimax Masters", reward: 1 }
          - { user: alice, reward: -1, state: error_timeout }
      - id: 70000103
        created: 2026-11-26T07:00:00Z
        state: created
        type: validation
        agents:
          - { user: alice }
`;
}
