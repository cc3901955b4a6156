// Foreign-key checks and text matching shared by the in-memory Recruiting repositories.
#include "recruiting_state.hpp"

#include <offertracker/ports/storage_error.hpp>

namespace offertracker::adapters::memory::detail {
namespace {

[[noreturn]] void missing(std::string_view what, record_id org_id, record_id id) {
    throw ports::storage_error("in-memory recruiting store: foreign key violation: no " + std::string(what) + " " +
                               std::to_string(id) + " in organization " + std::to_string(org_id));
}

}  // namespace

void require_org(const recruiting_state& s, record_id org_id) {
    if (!s.organizations.rows.contains(org_id))
        throw ports::storage_error("in-memory recruiting store: foreign key violation: no organization " +
                                   std::to_string(org_id));
}

void require_job(const recruiting_state& s, record_id org_id, record_id job_id) {
    if (!row_in_org(s.jobs, org_id, job_id)) missing("job", org_id, job_id);
}

void require_candidate(const recruiting_state& s, record_id org_id, record_id candidate_id) {
    if (!row_in_org(s.candidates, org_id, candidate_id)) missing("candidate", org_id, candidate_id);
}

void require_application(const recruiting_state& s, record_id org_id, record_id application_id) {
    if (!row_in_org(s.applications, org_id, application_id)) missing("application", org_id, application_id);
}

void require_webhook(const recruiting_state& s, record_id org_id, record_id endpoint_id) {
    if (!row_in_org(s.webhooks, org_id, endpoint_id)) missing("webhook", org_id, endpoint_id);
}

std::string fold_ascii(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

bool contains_folded(std::string_view text, std::string_view needle) {
    return fold_ascii(text).find(fold_ascii(needle)) != std::string::npos;
}

}  // namespace offertracker::adapters::memory::detail
