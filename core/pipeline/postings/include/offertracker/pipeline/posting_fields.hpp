// A scraped posting in OfferTracker's words: the job type and work mode enums, the salary as a yearly range.
#pragma once

#include <optional>
#include <string>

#include <offertracker/domain/enums.hpp>
#include <offertracker/ports/posting_parser.hpp>

namespace offertracker::pipeline {

struct posting_fields {
    std::optional<domain::job_type> job_type;
    std::optional<domain::work_mode> work_mode;
    std::optional<long long> salary_min;  // per year, ordered when both are present
    std::optional<long long> salary_max;
    std::optional<std::string> salary_currency;  // three upper-case letters ("EUR")
};

// job_type from employment_type (schema.org's FULL_TIME, PART_TIME, CONTRACTOR, TEMPORARY, INTERN and the plain
// "Full-time" spellings, case-insensitive; PER_DIEM, OTHER, VOLUNTEER and anything else give nullopt); work_mode
// Remote when the posting is remote (nothing otherwise: a posting that does not say so may still be remote);
// the salary annualised from its unit (MONTH x12, WEEK x52, DAY x260, HOUR x2080; YEAR or no unit as is). A salary
// in another unit, negative, or too large to annualise is left out; so is a currency that is not three letters.
[[nodiscard]] posting_fields fields_of(const ports::job_posting& posting);

}  // namespace offertracker::pipeline
