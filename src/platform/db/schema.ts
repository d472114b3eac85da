// Every area's tables, gathered for drizzle and drizzle-kit. Each area owns its own schema file.
import * as countries from "../../countries/schema";
import * as mandates from "../../mandates/schema";
import * as reference from "../../reference/schema";
import * as search from "../search/schema";

export const schema = { ...mandates, ...countries, ...reference, ...search };
