// Every area's tables, gathered for drizzle and drizzle-kit. Each area owns its own schema file.
import * as accounts from "../../accounts/schema";
import * as countries from "../../countries/schema";
import * as mandates from "../../mandates/schema";
import * as reference from "../../reference/schema";
import * as visits from "../../visits/schema";
import * as audit from "../audit/schema";
import * as mail from "../mail/schema";
import * as ratelimit from "../ratelimit/schema";
import * as search from "../search/schema";

export const schema = {
  ...mandates,
  ...countries,
  ...reference,
  ...search,
  ...accounts,
  ...audit,
  ...mail,
  ...ratelimit,
  ...visits,
};
