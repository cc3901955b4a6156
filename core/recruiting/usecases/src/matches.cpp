// The two matching routes. The records are read in one read unit, ranked with no unit open (an embedding provider
// is a network call), and the returned matches logged and announced in one write unit that first checks the
// records still exist. A viewer may match: it reads the API, and its matches are logged like anyone's.
#include <algorithm>
#include <cmath>
#include <offertracker/recruiting/matches.hpp>
#include <unordered_map>

#include "profiles.hpp"
#include "support.hpp"
#include "webhook_events.hpp"

namespace offertracker::recruiting {
namespace {

// Records of the other kind a matching request reads at most.
constexpr std::size_t max_pool = 5000;
constexpr long long default_limit = 20;
constexpr long long max_limit = 100;
constexpr std::size_t reason_terms = 5;

struct pick {
    std::size_t index;  // into the pool
    int score;
    std::string reason;
};

struct ranking {
    std::vector<pick> picks;
    match_strategy strategy = match_strategy::naive;
};

std::optional<domain::error> check(const match_request& req, std::string_view id_field) {
    domain::validator v;
    if (!req.id) v.add({.path = {std::string(id_field)}, .code = domain::field_code::missing});
    detail::within(v, "limit", req.limit, 1, max_limit);
    return std::move(v).finish();
}

double cosine(const std::vector<float>& a, const std::vector<float>& b) {
    double dot = 0, na = 0, nb = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        dot += double(a[i]) * b[i];
        na += double(a[i]) * a[i];
        nb += double(b[i]) * b[i];
    }
    if (na == 0 || nb == 0) return 0;
    return dot / (std::sqrt(na) * std::sqrt(nb));
}

// "High semantic similarity between <a> and <b>. Overlapping terms include: x, y, z." with the terms the naive
// strategy finds on both sides (its matched skills first).
std::string semantic_reason(std::string_view between, const matching::match& naive) {
    std::vector<std::string> terms;
    auto take = [&](const std::vector<std::string>& from) {
        for (const auto& t : from) {
            if (terms.size() == reason_terms) return;
            const auto folded = detail::lower_ascii(t);
            if (std::find(terms.begin(), terms.end(), folded) == terms.end()) terms.push_back(folded);
        }
    };
    take(naive.matched_required);
    take(naive.matched_nice);
    take(naive.shared_terms);
    std::string out = "High semantic similarity between " + std::string(between) + ".";
    if (terms.empty()) return out;
    out += " Overlapping terms include: ";
    for (std::size_t i = 0; i < terms.size(); ++i) out += (i ? ", " : "") + terms[i];
    return out + ".";
}

// The openai strategy: one embedding request for the anchor and the pool; nullopt when the provider fails or
// answers with vectors that cannot be compared (wrong count, mixed or empty dimensions).
template <class NaiveOf>
std::optional<std::vector<pick>> semantic(services& s, std::string anchor_text, std::vector<std::string> pool_texts,
                                          const std::vector<record_id>& pool_ids, std::string_view between,
                                          NaiveOf&& naive_of, std::size_t limit) {
    if (!s.embeddings) return std::nullopt;
    std::vector<std::string> texts;
    texts.reserve(pool_texts.size() + 1);
    texts.push_back(std::move(anchor_text));
    for (auto& t : pool_texts) texts.push_back(std::move(t));
    auto answer = s.embeddings->embed(texts);
    if (const auto* failed = std::get_if<ports::embedding_error>(&answer)) {
        s.log.warning("Embedding provider failed; matched with the naive strategy: " + failed->message);
        return std::nullopt;
    }
    const auto& vectors = std::get<0>(answer);
    const bool usable =
        vectors.size() == texts.size() && !vectors.front().empty() &&
        std::all_of(vectors.begin(), vectors.end(), [&](const auto& v) { return v.size() == vectors.front().size(); });
    if (!usable) {
        s.log.warning("Embedding provider answered with unusable vectors; matched with the naive strategy");
        return std::nullopt;
    }
    std::vector<pick> picks;
    for (std::size_t i = 0; i < pool_ids.size(); ++i) {
        const double similarity = cosine(vectors.front(), vectors[i + 1]);
        const int score = static_cast<int>(std::clamp(std::lround(100.0 * similarity), 0L, 100L));
        if (score == 0) continue;
        picks.push_back({i, score, semantic_reason(between, naive_of(i))});
    }
    std::sort(picks.begin(), picks.end(), [&](const pick& a, const pick& b) {
        return a.score != b.score ? a.score > b.score : pool_ids[a.index] < pool_ids[b.index];
    });
    if (picks.size() > limit) picks.resize(limit);
    return picks;
}

std::vector<pick> naive(const std::vector<matching::ranked>& ranked, const std::vector<record_id>& pool_ids) {
    std::unordered_map<record_id, std::size_t> index;
    for (std::size_t i = 0; i < pool_ids.size(); ++i) index.emplace(pool_ids[i], i);
    std::vector<pick> picks;
    for (const auto& r : ranked) picks.push_back({index.at(r.id), r.result.score, r.result.reason});
    return picks;
}

// Logs and announces each returned match, in one write unit, for the matches whose records still exist.
// Returns the logged ones (a record deleted since the read is left out).
std::vector<match_log> record(services& s, const recruiter& who, std::vector<match_log> logs,
                              domain::result<domain::done>& status) {
    auto r = detail::in_write(
        s, who, detail::need::read,
        [&](ports::recruiting_unit_of_work& uow, const member& m) -> domain::result<std::vector<match_log>> {
            std::vector<match_log> kept;
            const auto now = s.clock.now();
            for (auto& log : logs) {
                if (!uow.jobs().get(m.org_id, log.job_id) || !uow.candidates().get(m.org_id, log.candidate_id))
                    continue;
                log.created_at = now;
                kept.push_back(log);
            }
            if (!kept.empty()) uow.match_logs().add(kept);
            for (const auto& log : kept)
                detail::announce(uow, m.org_id, webhook_event::match_created, now, detail::match_json(log));
            uow.commit();
            return kept;
        });
    if (!r) {
        status = std::move(r).error();
        return {};
    }
    return std::move(*r);
}

bool logged(const std::vector<match_log>& kept, record_id job_id, record_id candidate_id) {
    return std::any_of(kept.begin(), kept.end(),
                       [&](const match_log& l) { return l.job_id == job_id && l.candidate_id == candidate_id; });
}

}  // namespace

domain::result<std::vector<candidate_match>> candidates_for_job(services& s, const recruiter& who,
                                                                const match_request& req) {
    if (auto e = check(req, "job_id")) return std::move(*e);
    const auto limit = static_cast<std::size_t>(req.limit.value_or(default_limit));

    struct read_state {
        member by;
        job anchor;
        std::vector<candidate> pool;
    };
    auto read =
        detail::in_read(s, who, detail::need::read,
                        [&](ports::recruiting_unit_of_work& uow, const member& m) -> domain::result<read_state> {
                            auto j = uow.jobs().get(m.org_id, *req.id);
                            if (!j) return domain::error::not_found("Job not found");
                            return read_state{m, std::move(*j), uow.candidates().all(m.org_id, max_pool)};
                        });
    if (!read) return std::move(read).error();
    const auto& [by, anchor, pool] = *read;

    const auto job_profile = detail::profile_of(anchor);
    std::vector<matching::candidate_profile> profiles;
    std::vector<record_id> ids;
    std::vector<std::string> texts;
    for (const auto& c : pool) {
        profiles.push_back(detail::profile_of(c));
        ids.push_back(c.id);
    }
    ranking chosen;
    if (req.strategy == match_strategy::openai && s.embeddings) {
        for (const auto& c : pool) texts.push_back(detail::embedding_text(c));
        auto semantic_picks = semantic(
            s, detail::embedding_text(anchor), std::move(texts), ids, "job and profile",
            [&](std::size_t i) { return matching::score(job_profile, profiles[i]); }, limit);
        if (semantic_picks) chosen = {std::move(*semantic_picks), match_strategy::openai};
    }
    if (chosen.strategy == match_strategy::naive)
        chosen.picks = naive(matching::rank_candidates(job_profile, profiles, limit), ids);
    if (chosen.picks.empty()) return std::vector<candidate_match>{};

    std::vector<match_log> logs;
    for (const auto& p : chosen.picks)
        logs.push_back({.org_id = by.org_id,
                        .job_id = anchor.id,
                        .candidate_id = pool[p.index].id,
                        .score = p.score,
                        .strategy = chosen.strategy,
                        .reason = p.reason,
                        .requested_by_user_id = by.id});
    domain::result<domain::done> status = domain::done{};
    const auto kept = record(s, who, std::move(logs), status);
    if (!status) return std::move(status).error();

    std::vector<candidate_match> out;
    for (const auto& p : chosen.picks)
        if (logged(kept, anchor.id, pool[p.index].id))
            out.push_back({pool[p.index], p.score, p.reason, chosen.strategy});
    return out;
}

domain::result<std::vector<job_match>> jobs_for_candidate(services& s, const recruiter& who, const match_request& req) {
    if (auto e = check(req, "candidate_id")) return std::move(*e);
    const auto limit = static_cast<std::size_t>(req.limit.value_or(default_limit));

    struct read_state {
        member by;
        candidate anchor;
        std::vector<job> pool;
    };
    auto read =
        detail::in_read(s, who, detail::need::read,
                        [&](ports::recruiting_unit_of_work& uow, const member& m) -> domain::result<read_state> {
                            auto c = uow.candidates().get(m.org_id, *req.id);
                            if (!c) return domain::error::not_found("Candidate not found");
                            return read_state{m, std::move(*c), uow.jobs().all(m.org_id, max_pool)};
                        });
    if (!read) return std::move(read).error();
    const auto& [by, anchor, pool] = *read;

    const auto candidate_profile = detail::profile_of(anchor);
    std::vector<matching::job_profile> profiles;
    std::vector<record_id> ids;
    std::vector<std::string> texts;
    for (const auto& j : pool) {
        profiles.push_back(detail::profile_of(j));
        ids.push_back(j.id);
    }
    ranking chosen;
    if (req.strategy == match_strategy::openai && s.embeddings) {
        for (const auto& j : pool) texts.push_back(detail::embedding_text(j));
        auto semantic_picks = semantic(
            s, detail::embedding_text(anchor), std::move(texts), ids, "candidate and job",
            [&](std::size_t i) { return matching::score(profiles[i], candidate_profile); }, limit);
        if (semantic_picks) chosen = {std::move(*semantic_picks), match_strategy::openai};
    }
    if (chosen.strategy == match_strategy::naive)
        chosen.picks = naive(matching::rank_jobs(candidate_profile, profiles, limit), ids);
    if (chosen.picks.empty()) return std::vector<job_match>{};

    std::vector<match_log> logs;
    for (const auto& p : chosen.picks)
        logs.push_back({.org_id = by.org_id,
                        .job_id = pool[p.index].id,
                        .candidate_id = anchor.id,
                        .score = p.score,
                        .strategy = chosen.strategy,
                        .reason = p.reason,
                        .requested_by_user_id = by.id});
    domain::result<domain::done> status = domain::done{};
    const auto kept = record(s, who, std::move(logs), status);
    if (!status) return std::move(status).error();

    std::vector<job_match> out;
    for (const auto& p : chosen.picks)
        if (logged(kept, pool[p.index].id, anchor.id))
            out.push_back({pool[p.index], p.score, p.reason, chosen.strategy});
    return out;
}

}  // namespace offertracker::recruiting
