/**
 * Deterministic CSV content for the demo scenario (same bytes on every run): a small
 * "spaceship" classification set, a housing regression set and a binary-probability set.
 */

/** mulberry32: a tiny seeded PRNG. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const csv = (rows: (string | number)[][]): string => rows.map((r) => r.join(",")).join("\n") + "\n";

export interface CompetitionData {
  train: string;
  test: string;
  sampleSubmission: string;
  solution: string;
  /** A submission with a known public score, handy for tests. */
  perfectSubmission: string;
}

const FIRST = ["Ada", "Bram", "Cleo", "Dax", "Eli", "Fern", "Gus", "Hana", "Ivo", "Jun", "Kira", "Leo", "Mira", "Nils", "Orla", "Pax"];
const LAST = ["Vance", "Orbit", "Nova", "Quill", "Stroud", "Marsh", "Keel", "Lumen", "Rook", "Tarn"];

/** Spaceship survival: predict `Transported` (True/False); accuracy. 600 train, 300 test rows. */
export function spaceshipData(): CompetitionData {
  const r = rng(42);
  const header = ["PassengerId", "HomePlanet", "CryoSleep", "Cabin", "Destination", "Age", "VIP", "RoomService", "FoodCourt", "Spa", "Name"];
  const rows: { cells: (string | number)[]; label: string }[] = [];
  for (let i = 0; i < 900; i++) {
    const group = String(Math.floor(i / 2) + 1).padStart(4, "0");
    const id = `${group}_0${(i % 2) + 1}`;
    const planet = pick(r, ["Earth", "Europa", "Mars"]);
    const cryo = r() < 0.35;
    const age = Math.floor(r() * 70) + 1;
    const vip = r() < 0.05;
    const spend = cryo ? 0 : Math.floor(r() * r() * 3000);
    const room = Math.floor(spend * 0.3);
    const food = Math.floor(spend * 0.5);
    const spa = spend - room - food;
    const deck = pick(r, ["A", "B", "C", "D", "E", "F", "G"]);
    const side = pick(r, ["P", "S"]);
    const score = (cryo ? 0.75 : 0.2) + (planet === "Europa" ? 0.15 : 0) - (spend > 1500 ? 0.15 : 0) + (age < 12 ? 0.1 : 0);
    const label = r() < Math.min(0.95, Math.max(0.05, score)) ? "True" : "False";
    rows.push({
      cells: [
        id,
        planet,
        cryo ? "True" : "False",
        `${deck}/${i}/${side}`,
        pick(r, ["TRAPPIST-1e", "55 Cancri e", "PSO J318.5-22"]),
        age,
        vip ? "True" : "False",
        room,
        food,
        spa,
        `${pick(r, FIRST)} ${pick(r, LAST)}`,
      ],
      label,
    });
  }
  const train = rows.slice(0, 600);
  const test = rows.slice(600);
  const ru = rng(7);
  return {
    train: csv([[...header, "Transported"], ...train.map((x) => [...x.cells, x.label])]),
    test: csv([header, ...test.map((x) => x.cells)]),
    sampleSubmission: csv([["PassengerId", "Transported"], ...test.map((x) => [x.cells[0]!, "False"])]),
    solution: csv([["PassengerId", "Transported", "Usage"], ...test.map((x) => [x.cells[0]!, x.label, ru() < 0.5 ? "Public" : "Private"])]),
    perfectSubmission: csv([["PassengerId", "Transported"], ...test.map((x) => [x.cells[0]!, x.label])]),
  };
}

/** Home values: predict `SalePrice`; RMSE. 400 train, 200 test rows. */
export function housingData(): CompetitionData {
  const r = rng(1234);
  const header = ["Id", "LotArea", "YearBuilt", "Bedrooms", "Bathrooms", "Neighborhood"];
  const hoods = ["Northside", "Riverside", "Oldtown", "Hilltop", "Lakeshore"];
  const rows: { cells: (string | number)[]; price: number }[] = [];
  for (let i = 0; i < 600; i++) {
    const lot = 3000 + Math.floor(r() * 12000);
    const year = 1920 + Math.floor(r() * 100);
    const beds = 1 + Math.floor(r() * 5);
    const baths = 1 + Math.floor(r() * 3);
    const hood = pick(r, hoods);
    const price = Math.round(40000 + lot * 6 + (year - 1920) * 900 + beds * 12000 + baths * 9000 + hoods.indexOf(hood) * 15000 + (r() - 0.5) * 30000);
    rows.push({ cells: [i + 1, lot, year, beds, baths, hood], price });
  }
  const train = rows.slice(0, 400);
  const test = rows.slice(400);
  return {
    train: csv([[...header, "SalePrice"], ...train.map((x) => [...x.cells, x.price])]),
    test: csv([header, ...test.map((x) => x.cells)]),
    sampleSubmission: csv([["Id", "SalePrice"], ...test.map((x) => [x.cells[0]!, 180000])]),
    solution: csv([["Id", "SalePrice", "Usage"], ...test.map((x, i) => [x.cells[0]!, x.price, i % 3 === 0 ? "Public" : "Private"])]),
    perfectSubmission: csv([["Id", "SalePrice"], ...test.map((x) => [x.cells[0]!, x.price])]),
  };
}

/** A binary target scored on probabilities (AUC or log loss). 300 train, 150 test rows. */
export function binaryData(seed: number, idName: string, target: string): CompetitionData {
  const r = rng(seed);
  const rows: { id: string; f: number[]; y: number }[] = [];
  for (let i = 0; i < 450; i++) {
    const f = [r(), r(), r()].map((x) => Math.round(x * 1000) / 1000);
    const y = r() < 0.2 + 0.6 * f[0]! ? 1 : 0;
    rows.push({ id: String(100000 + i), f, y });
  }
  const train = rows.slice(0, 300);
  const test = rows.slice(300);
  const header = [idName, "f1", "f2", "f3"];
  return {
    train: csv([[...header, target], ...train.map((x) => [x.id, ...x.f, x.y])]),
    test: csv([header, ...test.map((x) => [x.id, ...x.f])]),
    sampleSubmission: csv([[idName, target], ...test.map((x) => [x.id, 0.5])]),
    solution: csv([[idName, target, "Usage"], ...test.map((x, i) => [x.id, x.y, i < 45 ? "Public" : "Private"])]),
    perfectSubmission: csv([[idName, target], ...test.map((x) => [x.id, x.y])]),
  };
}
