/**
 * The `forums` and `topics` sections of the bundled demo scenario: three top-level forums with
 * topics, and topics on the spaceship competition, alice's weather dataset, bob's kernel and two
 * of alice's models (one private); one topic has a reply tree, HTML and a long comment, another enough comments to page through.
 */
import { stringify } from "yaml";

const LONG =
  "<p>I tried every split I could think of: by home planet, by cabin deck, by the side of the ship, " +
  "by age bands of ten years, and by whether the passenger spent anything at all on board. The deck " +
  "and side together gave the best validation score, about 0.79, but the gain over CryoSleep alone " +
  "was small &amp; noisy across folds.</p>";

function manyComments(n: number): unknown[] {
  const who = ["bob", "carol", "dave"];
  return Array.from({ length: n }, (_, i) => ({
    author: who[i % who.length],
    date: `2025-05-0${1 + Math.floor(i / 5)}T1${i % 5}:00:00Z`,
    votes: (i * 7) % 5,
    content: `<p>Reading list item ${i + 1}</p>`,
  }));
}

const DISCUSSIONS = {
  forums: [
    { slug: "getting-started", name: "Getting Started", subtitle: "The first place to go for help using Kaggle" },
    { slug: "product-feedback", name: "Product Feedback", subtitle: "Tell us what you love, hate, and wish for" },
    { slug: "general", name: "General", subtitle: "Anything data science" },
  ],
  topics: [
    {
      id: 510001,
      forum: "getting-started",
      title: "How do I make my first submission?",
      author: "dave",
      date: "2025-03-01T10:00:00Z",
      votes: 12,
      content: "<p>I downloaded the data &amp; trained a model. What file do I upload?</p>",
      comments: [
        {
          author: "alice",
          date: "2025-03-01T11:30:00Z",
          votes: 9,
          content: "<p>Write a CSV shaped like <code>sample_submission.csv</code>, then run\n<b>kaggle competitions submit</b>.</p>",
          replies: [
            { author: "dave", date: "2025-03-01T12:00:00Z", votes: 2, content: "<p>That worked, thanks!</p>" },
            { author: "bob", date: "2025-03-01T12:10:00Z", votes: 1, content: "Also check the daily limit < 5 & the file size." },
          ],
        },
        { author: "carol", date: "2025-03-02T08:00:00Z", votes: 3, content: LONG },
      ],
    },
    {
      id: 510002,
      forum: "getting-started",
      title: "A reading list for beginners",
      author: "carol",
      date: "2025-05-01T09:00:00Z",
      votes: 30,
      content: "<p>Post your favourite resources below.</p>",
      comments: manyComments(23),
    },
    {
      id: 510003,
      forum: "product-feedback",
      title: "Dark mode for notebooks",
      author: "bob",
      date: "2025-04-10T15:20:00Z",
      votes: 45,
      content: "<p>Please add a dark theme.</p>",
      comments: [{ author: "alice", date: "2025-04-11T09:00:00Z", votes: 4, content: "<p>+1</p>" }],
    },
    {
      id: 510004,
      forum: "general",
      title: "What is your favourite validation scheme?",
      author: "alice",
      date: "2025-02-14T18:45:00Z",
      votes: 7,
      content: "<p>K-fold, group k-fold, time based?</p>",
    },
    {
      id: 520001,
      competition: "spaceship-survival",
      title: "Welcome to Spaceship Survival",
      author: "dave",
      date: "2025-01-05T09:00:00Z",
      votes: 25,
      sticky: true,
      content: "<p>Rules, data and timeline are on the overview page. Good luck!</p>",
      comments: [{ author: "alice", date: "2025-01-05T10:00:00Z", votes: 3, content: "<p>Thanks, excited to start.</p>" }],
    },
    {
      id: 520002,
      competition: "spaceship-survival",
      title: "CryoSleep is the strongest single feature",
      author: "bob",
      date: "2025-02-20T14:00:00Z",
      votes: 18,
      content: "<p>A one-rule model on <i>CryoSleep</i> scores 0.72.</p>",
      comments: [
        {
          author: "carol",
          date: "2025-02-20T16:00:00Z",
          votes: 6,
          content: "<p>Combine it with HomePlanet for 0.74.</p>",
          replies: [{ author: "bob", date: "2025-02-20T17:00:00Z", votes: 2, content: "<p>Nice, confirmed.</p>" }],
        },
        { author: "alice", date: "2025-02-21T09:00:00Z", votes: 1, content: "<p>Does Cabin help?</p>" },
      ],
    },
    {
      id: 530001,
      dataset: "alice/city-weather-daily",
      title: "Missing days in March 2021?",
      author: "bob",
      date: "2025-03-15T08:00:00Z",
      votes: 4,
      content: "<p>Some cities have no rows for 2021-03-14.</p>",
      comments: [{ author: "alice", date: "2025-03-15T12:00:00Z", votes: 2, content: "<p>Daylight saving change; fixed in version 2.</p>" }],
    },
    {
      id: 530002,
      dataset: "alice/city-weather-daily",
      title: "Units of the temperature columns",
      author: "carol",
      date: "2025-04-02T10:00:00Z",
      votes: 2,
      content: "<p>Celsius or Fahrenheit?</p>",
    },
    {
      id: 540001,
      kernel: "bob/spaceship-random-forest",
      title: "Why 200 trees?",
      author: "carol",
      date: "2025-03-20T10:00:00Z",
      votes: 3,
      content: "<p>Did you tune the number of trees?</p>",
      comments: [{ author: "bob", date: "2025-03-20T11:00:00Z", votes: 1, content: "<p>No gain past 150.</p>" }],
    },
    {
      id: 550001,
      model: "alice/weather-forecaster",
      title: "Does the ONNX export match PyTorch?",
      author: "bob",
      date: "2025-07-03T09:00:00Z",
      votes: 5,
      content: "<p>My ONNX outputs differ in the third decimal.</p>",
      comments: [
        { author: "alice", date: "2025-07-03T12:00:00Z", votes: 2, content: "<p>Float16 rounding; use the PyTorch one for exact numbers.</p>" },
      ],
    },
    {
      id: 550002,
      model: "alice/secret-sales-model",
      title: "Retraining schedule",
      author: "alice",
      date: "2025-08-22T09:00:00Z",
      votes: 0,
      content: "<p>Monthly, after the books close.</p>",
    },
  ],
};

export function demoDiscussionsYaml(): string {
  return stringify(DISCUSSIONS, { lineWidth: 0 });
}
