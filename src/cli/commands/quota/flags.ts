/** The flags of `kaggle quota` (kaggle 2.2.1), as data. */
import { defineFlags } from "../../command";
import { CSV, FORMAT, LIST_EXCLUSIVE } from "../shared";

export const QUOTA = defineFlags({ options: [CSV, FORMAT], exclusive: LIST_EXCLUSIVE });
