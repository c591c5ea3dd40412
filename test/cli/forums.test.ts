/**
 * `kaggle forums …`: forums, their topics, and one topic with its comments and paging; the
 * bundle against the demo scenario. The exact texts are what kaggle 2.2.3 prints for the same state.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { htmlToText } from "../../src/cli/output/topic";
import { startEmulator, type Emulator } from "../../src/emulator/server";
import { runCli } from "../helpers/cli";

let emu: Emulator;
let env: Record<string, string>;
const kaggle = (...argv: string[]) => runCli(argv, { env });

before(async () => {
  emu = await startEmulator({ port: 0, scenario: "demo", log: () => {} });
  env = { KAGGLE_API_ENDPOINT: emu.url, KAGGLE_USERNAME: emu.credentials.username, KAGGLE_KEY: emu.credentials.key };
});
after(() => emu.close());

const FORUMS = `  id  name              subtitle                                     
----  ----------------  -------------------------------------------  
1001  Getting Started   The first place to go for help using Kaggle  
1002  Product Feedback  Tell us what you love, hate, and wish for    
1003  General           Anything data science                        
`;

const TOPIC_510001 = `Topic #510001: How do I make my first submission?
  Author: Dave Data
  Posted: 2025-03-01 10:00:00
  Votes: 12  Comments: 4

I downloaded the data &amp; trained a model. What file do I upload?

Comments:
├─ Alice Archer (2025-03-01 11:30:00) [+9]
│  Write a CSV shaped like sample_submission.csv, then run
│  kaggle competitions submit.
  ├─ Dave Data (2025-03-01 12:00:00) [+2]
  │  That worked, thanks!
  ├─ Bob Builder (2025-03-01 12:10:00) [+1]
  │  Also check the daily limit &lt; 5 &amp; the file size.
├─ Carol Chen (2025-03-02 08:00:00) [+3]
│  I tried every split I could think of: by home planet, by cabin deck, by the side of the ship, by age bands of ten years, and by whether the passenger spent anything at all on board. The deck and si...
`;

describe("forums list", () => {
  test("`forums`, `f` and `forums list` print the same table", async () => {
    for (const argv of [["forums"], ["f"], ["forums", "list"]]) {
      const r = await kaggle(...argv);
      assert.deepEqual([r.code, r.stdout], [0, FORUMS], r.stderr);
    }
    const csv = await kaggle("forums", "list", "-v");
    assert.equal(csv.stdout.split("\r\n")[1], "1001,Getting Started,The first place to go for help using Kaggle");
    const bad = await kaggle("forums", "list", "-v", "--format", "json");
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /argument --format: not allowed with argument -v\/--csv/);
  });
});

describe("forums topics list", () => {
  test("every forum's topics by default; a forum, sort, search, category and group", async () => {
    const all = await kaggle("forums", "topics", "--format", "json(id)");
    assert.equal((JSON.parse(all.stdout) as unknown[]).length, 11, "with the two topics on alice's models, one of them private");
    const gs = await kaggle("forums", "topics", "list", "getting-started", "--sort-by", "top");
    assert.equal(
      gs.stdout,
      `    id  title                               authorName  commentCount  votes  postDate             
------  ----------------------------------  ----------  ------------  -----  -------------------  
510002  A reading list for beginners        Carol Chen            23     30  2025-05-01 09:00:00  
510001  How do I make my first submission?  Dave Data              4     12  2025-03-01 10:00:00  
`,
    );
    const ids = async (...argv: string[]) =>
      (JSON.parse((await kaggle("forums", "topics", "list", ...argv, "--format", "json(id)")).stdout) as { id: number }[]).map((t) => t.id);
    assert.deepEqual(await ids("-s", "dark"), [510003]);
    assert.deepEqual(await ids("--category", "datasets", "--sort-by", "new"), [530002, 530001]);
    assert.deepEqual(await ids("--group", "owned"), [510004, 550002]);
  });

  test("paging: the token after the rows, then the next page", async () => {
    const p1 = await kaggle("forums", "topics", "--page-size", "4");
    const token = /\nNext page token: (\S+)\n$/.exec(p1.stdout)?.[1];
    assert.ok(token, p1.stdout);
    const p2 = await kaggle("forums", "topics", "list", "--page-size", "4", "--page-token", token);
    assert.equal(p2.code, 0, p2.stderr);
    assert.equal(p2.stdout.split("\n")[2]!.trim().split(/\s+/)[0] !== p1.stdout.split("\n")[2]!.trim().split(/\s+/)[0], true);
    const json = await kaggle("forums", "topics", "--page-size", "4", "--format", "json");
    assert.equal((JSON.parse(json.stdout) as unknown[]).length, 4);
    assert.equal(json.stderr, `Next page token: ${token}\n`);
  });

  test("bad words and unknown forums: one line, exit 1", async () => {
    for (const [argv, line] of [
      [["--sort-by", "best"], "Invalid sort_by specified. Valid options are ['hot', 'top', 'new', 'recent', 'active', 'relevance']\n"],
      [
        ["--category", "x"],
        "Invalid category specified. Valid options are ['all', 'forums', 'competitions', 'datasets', 'competition_write_ups', 'models', 'benchmarks']\n",
      ],
      [["--group", "x"], "Invalid group specified. Valid options are ['all', 'owned', 'upvoted', 'bookmarked', 'my_activity', 'drafts']\n"],
      [["no-such-forum"], "Forum 'no-such-forum' not found.\n"],
      [["--page-token", "garbage"], `Invalid value for field 'pageToken': invalid page token "garbage"\n`],
    ] as const) {
      const r = await kaggle("forums", "topics", "list", ...argv);
      assert.deepEqual([r.code, r.stdout, r.stderr], [1, "", line], argv.join(" "));
    }
  });
});

describe("forums topics show", () => {
  test("the topic and its comment tree, as kaggle 2.2.3 prints it, in every ref form", async () => {
    for (const argv of [["510001"], ["getting-started/510001"], ["getting-started", "510001"]]) {
      const r = await kaggle("forums", "topics", "show", ...argv);
      assert.deepEqual([r.code, r.stdout], [0, TOPIC_510001], r.stderr);
    }
  });

  test("CSV and JSON carry the topic then the flattened comments, with upstream's field choice", async () => {
    const csv = await kaggle("forums", "topics", "show", "510001", "-v");
    const lines = csv.stdout.split("\r\n");
    assert.equal(lines[0], "id,title,authorName,commentCount,votes,postDate,id,authorName,postDate,votes");
    assert.equal(lines[2], "id,authorName,votes,postDate,id,authorName,postDate,votes,content");
    const json = JSON.parse((await kaggle("forums", "topics", "show", "510001", "--format", "json")).stdout) as {
      topic: Record<string, unknown>;
      comments: Record<string, unknown>[];
    };
    assert.deepEqual(Object.keys(json.topic), ["id", "title", "authorName", "commentCount", "votes", "postDate"]);
    assert.deepEqual(Object.keys(json.comments[0]!), ["id", "authorName", "votes", "postDate", "content"]);
    assert.equal(json.comments.length, 4);
    const picked = JSON.parse((await kaggle("forums", "topics", "show", "510001", "--format", "json(title,content)")).stdout) as object;
    assert.deepEqual(Object.keys(picked), ["topic", "comments"]);
  });

  test("comments one page at a time with --page-size and --page-token; all pages without", async () => {
    const all = await kaggle("forums", "topics", "show", "510002", "-v");
    assert.equal(all.stdout.split("\r\n").filter((l) => /^\d+,/.test(l)).length, 1 + 23);
    const p1 = await kaggle("forums", "topics", "show", "510002", "--page-size", "10");
    assert.equal((p1.stdout.match(/^├─ /gm) ?? []).length, 10);
    const token = /\nNext page token: (\S+)\n$/.exec(p1.stdout)?.[1];
    assert.ok(token, p1.stdout);
    const p3 = await kaggle("forums", "topics", "show", "510002", "--page-size", "20", "--page-token", token);
    assert.equal((p3.stdout.match(/^├─ /gm) ?? []).length, 13);
    assert.ok(!p3.stdout.includes("Next page token"));
    const foreign = await kaggle("forums", "topics", "show", "510001", "--page-size", "2", "--page-token", token);
    assert.equal(foreign.code, 1);
    assert.match(foreign.stderr, /belongs to another list/);
  });

  test("no comments, -q, and bad refs", async () => {
    const none = await kaggle("forums", "topics", "show", "510004");
    assert.ok(none.stdout.endsWith("K-fold, group k-fold, time based?\n\nNo comments\n"), none.stdout);
    const quiet = await kaggle("forums", "topics", "show", "510004", "-q");
    assert.ok(quiet.stdout.endsWith("time based?\n\n"), quiet.stdout);
    for (const [argv, code, line] of [
      [["abc"], 1, /^Invalid topic reference 'abc': expected a numeric topic ID; /],
      [["general/abc"], 1, /^Invalid topic reference 'general\/abc': the part after the last '\/' must be a numeric topic ID, got 'abc'; /],
      [["general", "abc"], 2, /error: argument topic_id_arg: invalid int value: 'abc'\n$/],
      [["999"], 1, /^Topic 999 not found\.\n$/],
    ] as const) {
      const r = await kaggle("forums", "topics", "show", ...argv);
      assert.equal(r.code, code, argv.join(" "));
      assert.match(r.stderr, line);
    }
  });
});

test("HTML is cleaned as upstream's bleach.clean(tags=[], strip=True) does", () => {
  const cases: [string, string][] = [
    ['a & b <b>x</b> <script>alert(1)</script> 1 < 2 &amp; "q" <!-- c --> &lt;', 'a &amp; b x alert(1) 1 &lt; 2 &amp; "q"  &lt;'],
    ["<p>x</p>\n<p>y &copy; &#169; &#xA9; &bogus; &</p>", "x\n\ny &copy; &#169; &#xA9; &amp;bogus; &amp;"],
    ["<div><ul><li>one</li><li>two</li></ul></div>", "\n\none\ntwo"],
    ["5 <6 and 7> 3", "5 &lt;6 and 7&gt; 3"],
  ];
  for (const [html, text] of cases) assert.equal(htmlToText(html), text);
});
