// Match logs in memory: what matching returned, each naming a job and a candidate of the org.
#include "in_memory_recruiting_repositories.hpp"

namespace offertracker::adapters::memory::detail {

void in_memory_match_log_repository::add(const std::vector<recruiting::match_log>& logs) {
    auto& s = unit_.write();
    for (const auto& log : logs) {
        require_job(s, log.org_id, log.job_id);
        require_candidate(s, log.org_id, log.candidate_id);
        s.match_logs.insert(log);
    }
}

ports::counted<recruiting::match_log> in_memory_match_log_repository::list(record_id org_id, ports::page p) {
    return counted_page(newest_first(unit_.read().match_logs, [&](const auto& l) { return l.org_id == org_id; }), p);
}

}  // namespace offertracker::adapters::memory::detail
