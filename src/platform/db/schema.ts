// Every area's tables, gathered for drizzle and drizzle-kit. Each area owns its own schema file.
import * as accounts from "../../accounts/schema";
import * as advocacy from "../../advocacy/schema";
import * as alerts from "../../alerts/schema";
import * as countries from "../../countries/schema";
import * as mandates from "../../mandates/schema";
import * as meetings from "../../meetings/schema";
import * as reference from "../../reference/schema";
import * as reports from "../../reports/schema";
import * as submissions from "../../submissions/schema";
import * as visits from "../../visits/schema";
import * as audit from "../audit/schema";
import * as mail from "../mail/schema";
import * as ratelimit from "../ratelimit/schema";
import * as search from "../search/schema";

export const schema = {
  ...meetings,
  ...mandates,
  ...countries,
  ...reference,
  ...search,
  ...accounts,
  ...audit,
  ...mail,
  ...ratelimit,
  ...visits,
  ...alerts,
  ...advocacy,
  ...reports,
  ...submissions,
};
