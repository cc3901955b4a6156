// The recruiter agent's chat: an intent (intake::parse_intent) answered through the other use cases, in words.
// Each command opens its own units (never one inside another), so a reply may read a little after a write of
// another request, as any two API calls would.
#include <offertracker/recruiting/agent.hpp>
#include <offertracker/recruiting/candidates.hpp>
#include <offertracker/recruiting/jobs.hpp>
#include <offertracker/recruiting/matches.hpp>
#include <offertracker/recruiting/pipeline.hpp>

#include "agent_summaries.hpp"
#include "support.hpp"

namespace offertracker::recruiting {
namespace {

constexpr std::size_t max_message = 50'000;
constexpr std::size_t listed = 20;      // records a list reply names
constexpr long long matches_shown = 5;  // matches a match reply names

const std::string help_text =
    "I can help you with your jobs, candidates and pipeline. Try:\n"
    "- 'create a new job for a senior backend engineer in NYC ...'\n"
    "- 'list jobs' or 'show open jobs'\n"
    "- 'list candidates'\n"
    "- 'summarize candidate 3'\n"
    "- 'match candidates for job 5'\n"
    "- 'match jobs for candidate 7'\n"
    "- 'applications for job 5' or 'pipeline for job 5'";

std::string job_not_found(std::int64_t id) { return "Job #" + std::to_string(id) + " not found."; }
std::string candidate_not_found(std::int64_t id) { return "Candidate #" + std::to_string(id) + " not found."; }

// The reply for an error of a use case the chat called: a missing record is words, anything else the error.
template <class T>
bool missing(const domain::result<T>& r) {
    return !r && r.error().kind == domain::error_kind::not_found;
}

match_strategy chat_strategy(const services& s) {
    return s.embeddings ? match_strategy::openai : match_strategy::naive;
}

std::string job_facts(const job& j) {
    std::string out = std::string(domain::to_string(j.status));
    if (j.location && !detail::is_blank(*j.location)) out += ", " + *j.location;
    return " (" + out + ")";
}

domain::result<std::string> list_jobs_reply(services& s, const recruiter& who, bool open_only) {
    ports::job_filter filter;
    if (open_only) filter.status = job_status::open;
    auto list = list_jobs(s, who, filter, ports::page{0, listed});
    if (!list) return std::move(list).error();
    const std::string which = open_only ? "open jobs" : "jobs";
    if (list->items.empty())
        return open_only ? std::string("You have no open jobs right now.")
                         : std::string("You have no jobs yet. Say 'create a new job for ...' to add one.");
    std::string out = "Here are your " + which + " (" + std::to_string(list->total) + " in all):\n\n";
    for (const auto& j : list->items) out += "- " + detail::job_label(j) + job_facts(j) + "\n";
    if (list->total > list->items.size()) out += "\n(Showing the " + std::to_string(list->items.size()) + " newest.)\n";
    out += "\nYou can now say things like:\n- 'match candidates for job " + std::to_string(list->items.front().id) +
           "'\n- 'pipeline for job " + std::to_string(list->items.front().id) + "'";
    return out;
}

domain::result<std::string> list_candidates_reply(services& s, const recruiter& who) {
    auto list = list_candidates(s, who, std::nullopt, ports::page{0, listed});
    if (!list) return std::move(list).error();
    if (list->items.empty()) return std::string("You have no candidates yet.");
    std::string out = "Here are your candidates (" + std::to_string(list->total) + " in all):\n\n";
    for (const auto& c : list->items) out += "- " + detail::candidate_label(c) + detail::role_suffix(c) + "\n";
    if (list->total > list->items.size()) out += "\n(Showing the " + std::to_string(list->items.size()) + " newest.)\n";
    out += "\nYou can now say things like:\n- 'summarize candidate " + std::to_string(list->items.front().id) +
           "'\n- 'match jobs for candidate " + std::to_string(list->items.front().id) + "'";
    return out;
}

domain::result<std::string> summarize_reply(services& s, const recruiter& who, std::int64_t id) {
    auto c = get_candidate(s, who, id);
    if (missing(c)) return candidate_not_found(id);
    if (!c) return std::move(c).error();
    std::string out = detail::candidate_label(*c) + "\n";
    auto line = [&](std::string_view label, const std::optional<std::string>& value) {
        if (!value || detail::is_blank(*value)) return;
        out += "- ";
        out += label;
        out += ": " + *value + "\n";
    };
    line("Headline", c->headline);
    line("Current title", c->current_title);
    line("Current company", c->current_company);
    line("Location", c->location);
    if (c->experience_years)
        out += "- Experience: " + std::to_string(*c->experience_years) +
               (*c->experience_years == 1 ? " year\n" : " years\n");
    if (!c->skills.empty()) out += "- Skills: " + detail::joined(c->skills) + "\n";
    line("Email", c->email);
    line("Phone", c->phone);
    line("LinkedIn", c->linkedin_url);
    line("GitHub", c->github_url);
    line("Website", c->website_url);
    auto apps = list_applications(s, who, ports::pipeline_filter{.candidate_id = id}, ports::page{0, 1});
    if (!apps) return std::move(apps).error();
    out += "- Applications: " + std::to_string(apps->total) + "\n";
    out += "\nYou can now say things like:\n- 'match jobs for candidate " + std::to_string(id) + "'";
    return out;
}

domain::result<std::string> match_candidates_reply(services& s, const recruiter& who, std::int64_t job_id) {
    auto j = get_job(s, who, job_id);
    if (missing(j)) return job_not_found(job_id);
    if (!j) return std::move(j).error();
    auto matches = candidates_for_job(s, who, {.id = job_id, .limit = matches_shown, .strategy = chat_strategy(s)});
    if (missing(matches)) return job_not_found(job_id);
    if (!matches) return std::move(matches).error();
    if (matches->empty())
        return "No candidates match job #" + std::to_string(job_id) + " (" + j->title +
               ") yet. Add candidates, or say 'list candidates' to see everyone.";
    std::string out = "Here are the top candidate matches for job #" + std::to_string(job_id) + ":\n\n";
    for (const auto& m : *matches)
        out += "- " + detail::candidate_label(m.who) + detail::role_suffix(m.who) +
               ", score=" + std::to_string(m.score) + ", strategy=" + std::string(domain::to_string(m.strategy)) +
               ". Why: " + m.reason + "\n";
    out += "\nYou can now say things like:\n- 'show applications for job " + std::to_string(job_id) +
           "'\n- 'list candidates' to see everyone.";
    return out;
}

domain::result<std::string> match_jobs_reply(services& s, const recruiter& who, std::int64_t candidate_id) {
    auto c = get_candidate(s, who, candidate_id);
    if (missing(c)) return candidate_not_found(candidate_id);
    if (!c) return std::move(c).error();
    auto matches =
        jobs_for_candidate(s, who, {.id = candidate_id, .limit = matches_shown, .strategy = chat_strategy(s)});
    if (missing(matches)) return candidate_not_found(candidate_id);
    if (!matches) return std::move(matches).error();
    if (matches->empty())
        return "No jobs match candidate #" + std::to_string(candidate_id) + " (" + c->full_name +
               ") yet. Say 'list jobs' to see every opening.";
    std::string out = "Here are the top job matches for candidate #" + std::to_string(candidate_id) + ":\n\n";
    for (const auto& m : *matches)
        out += "- " + detail::job_label(m.what) + job_facts(m.what) + ", score=" + std::to_string(m.score) +
               ", strategy=" + std::string(domain::to_string(m.strategy)) + ". Why: " + m.reason + "\n";
    out += "\nYou can now say things like:\n- 'show applications for job " + std::to_string(matches->front().what.id) +
           "'\n- 'list jobs' to see every opening.";
    return out;
}

domain::result<std::string> applications_reply(services& s, const recruiter& who, std::int64_t job_id) {
    return detail::in_read(
        s, who, detail::need::read,
        [&](ports::recruiting_unit_of_work& uow, const member& m) -> domain::result<std::string> {
            const auto j = uow.jobs().get(m.org_id, job_id);
            if (!j) return job_not_found(job_id);
            const auto list =
                uow.pipeline().list(m.org_id, ports::pipeline_filter{.job_id = job_id}, ports::page{0, listed});
            if (list.total == 0)
                return "Job #" + std::to_string(job_id) + " (" + j->title +
                       ") has no applications yet. Say 'match candidates for job " + std::to_string(job_id) +
                       "' to find some.";
            std::string out = "Applications for job #" + std::to_string(job_id) + " (" + j->title + "), " +
                              std::to_string(list.total) + " in all:\n\n";
            for (const auto& a : list.items) {
                const auto c = uow.candidates().get(m.org_id, a.candidate_id);
                out += "- Application #" + std::to_string(a.id) + ": " +
                       (c ? detail::candidate_label(*c) : "Candidate #" + std::to_string(a.candidate_id)) +
                       ", status=" + std::string(domain::to_string(a.status));
                if (a.fit_score) out += ", fit_score=" + std::to_string(*a.fit_score);
                out += "\n";
            }
            if (list.total > list.items.size())
                out += "\n(Showing the " + std::to_string(list.items.size()) + " newest.)\n";
            const auto counts = uow.pipeline().count_by_status(m.org_id, job_id);
            out += "\nPipeline:";
            bool first = true;
            for (const auto& [status, name] : domain::enum_strings<application_status>::values) {
                std::size_t n = 0;
                for (const auto& [st, count] : counts)
                    if (st == status) n = count;
                out += (first ? " " : ", ") + std::string(name) + " " + std::to_string(n);
                first = false;
            }
            return out + ".";
        });
}

domain::result<std::string> create_job_reply(services& s, const recruiter& who, const intake::intent& what,
                                             const std::string& message) {
    const std::string& prompt = detail::is_blank(what.argument) ? message : what.argument;
    auto created = create_job_from_prompt(s, who, prompt);
    if (!created) return std::move(created).error();
    return detail::job_chat_summary(created->record);
}

domain::result<std::string> answer(services& s, const recruiter& who, const intake::intent& what,
                                   const std::string& message) {
    using intake::intent_kind;
    const auto needs_number = [&]() -> bool { return !what.number.has_value(); };
    switch (what.kind) {
        case intent_kind::create_job: return create_job_reply(s, who, what, message);
        case intent_kind::list_jobs: return list_jobs_reply(s, who, false);
        case intent_kind::list_open_jobs: return list_jobs_reply(s, who, true);
        case intent_kind::list_candidates: return list_candidates_reply(s, who);
        case intent_kind::summarize_candidate:
            if (needs_number()) break;
            return summarize_reply(s, who, *what.number);
        case intent_kind::match_candidates:
            if (needs_number()) break;
            return match_candidates_reply(s, who, *what.number);
        case intent_kind::match_jobs:
            if (needs_number()) break;
            return match_jobs_reply(s, who, *what.number);
        case intent_kind::job_applications:
            if (needs_number()) break;
            return applications_reply(s, who, *what.number);
        case intent_kind::help: break;
    }
    // Help also checks the member, so a deactivated member hears 401 whatever they type.
    return detail::in_read(
        s, who, detail::need::read,
        [](ports::recruiting_unit_of_work&, const member&) -> domain::result<std::string> { return help_text; });
}

}  // namespace

domain::result<std::string> reply_to(services& s, const recruiter& who, const intake::intent& what) {
    return answer(s, who, what, what.argument);
}

domain::result<std::string> chat(services& s, const recruiter& who, const std::string& message) {
    domain::validator v;
    v.max_length("message", std::optional<std::string>{message}, max_message);
    if (auto e = std::move(v).finish()) return std::move(*e);
    if (detail::is_blank(message)) return answer(s, who, intake::intent{}, message);
    return answer(s, who, intake::parse_intent(message), message);
}

}  // namespace offertracker::recruiting
