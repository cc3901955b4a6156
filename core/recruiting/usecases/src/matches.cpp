// The two matching routes. The records are read in one read unit, ranked with no unit open (an embedding provider
// is a network call), and the returned matches logged and announced in one write unit that first checks the
// records still exist. A viewer may match: it reads the API, and its matches are logged like anyone's.
#include <algorithm>
#include <cmath>
#include <map>
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

// The pool ranked against the anchor: by embeddings when the request asks for openai and a provider answers, else
// naive. rank_naive(limit) is core/matching's ranking; naive_of(i) the naive match of pool[i] (for the terms).
template <class Other, class RankNaive, class NaiveOf>
ranking rank_pool(services& s, const match_request& req, std::string anchor_text, const std::vector<Other>& pool,
                  std::string_view between, RankNaive&& rank_naive, NaiveOf&& naive_of, std::size_t limit) {
    std::vector<record_id> ids;
    for (const auto& o : pool) ids.push_back(o.id);
    if (req.strategy == match_strategy::openai && s.embeddings) {
        std::vector<std::string> texts;
        for (const auto& o : pool) texts.push_back(detail::embedding_text(o));
        if (auto picks = semantic(s, std::move(anchor_text), std::move(texts), ids, between, naive_of, limit))
            return {std::move(*picks), match_strategy::openai};
    }
    return {naive(rank_naive(limit), ids), match_strategy::naive};
}

// Logs and announces each pick in one write unit, leaving out a pick whose job or candidate was deleted since the
// read; pair_of(pick) is its {job_id, candidate_id}. Returns the picks logged.
template <class PairOf>
domain::result<std::vector<pick>> log_picks(services& s, const recruiter& who, const ranking& chosen,
                                            PairOf&& pair_of) {
    return detail::in_write(
        s, who, detail::need::read,
        [&](ports::recruiting_unit_of_work& uow, const member& m) -> domain::result<std::vector<pick>> {
            std::vector<pick> kept;
            std::vector<match_log> logs;
            const auto now = s.clock.now();
            // One side of every pick is the same record (the job or candidate matched against): each id is looked
            // up once, not once per pick.
            std::map<record_id, bool> job_exists, candidate_exists;
            const auto exists = [&](auto& memo, auto& repo, record_id id) {
                auto [it, fresh] = memo.try_emplace(id, false);
                if (fresh) it->second = repo.get(m.org_id, id).has_value();
                return it->second;
            };
            for (const auto& p : chosen.picks) {
                const auto [job_id, candidate_id] = pair_of(p);
                if (!exists(job_exists, uow.jobs(), job_id) || !exists(candidate_exists, uow.candidates(), candidate_id))
                    continue;
                kept.push_back(p);
                logs.push_back({.org_id = m.org_id,
                                .job_id = job_id,
                                .candidate_id = candidate_id,
                                .score = p.score,
                                .strategy = chosen.strategy,
                                .reason = p.reason,
                                .requested_by_user_id = m.id,
                                .created_at = now});
            }
            if (!logs.empty()) uow.match_logs().add(logs);
            std::vector<std::string> events;
            events.reserve(logs.size());
            for (const auto& log : logs) events.push_back(detail::match_json(log));
            detail::announce(uow, m.org_id, webhook_event::match_created, now, events);
            uow.commit();
            return kept;
        });
}

}  // namespace

domain::result<std::vector<candidate_match>> candidates_for_job(services& s, const recruiter& who,
                                                                const match_request& req) {
    if (auto e = check(req, "job_id")) return std::move(*e);
    const auto limit = static_cast<std::size_t>(req.limit.value_or(default_limit));

    struct read_state {
        job anchor;
        std::vector<candidate> pool;
    };
    auto read =
        detail::in_read(s, who, detail::need::read,
                        [&](ports::recruiting_unit_of_work& uow, const member& m) -> domain::result<read_state> {
                            auto j = uow.jobs().get(m.org_id, *req.id);
                            if (!j) return domain::error::not_found("Job not found");
                            return read_state{std::move(*j), uow.candidates().all(m.org_id, max_pool)};
                        });
    if (!read) return std::move(read).error();
    // Named references, not a structured binding: lambdas below capture them (clang 14 cannot capture bindings).
    const auto& anchor = read->anchor;
    const auto& pool = read->pool;

    const auto job_profile = detail::profile_of(anchor);
    std::vector<matching::candidate_profile> profiles;
    for (const auto& c : pool) profiles.push_back(detail::profile_of(c));
    const auto chosen = rank_pool(
        s, req, detail::embedding_text(anchor), pool, "job and profile",
        [&](std::size_t n) { return matching::rank_candidates(job_profile, profiles, n); },
        [&](std::size_t i) { return matching::score(job_profile, profiles[i]); }, limit);
    if (chosen.picks.empty()) return std::vector<candidate_match>{};

    auto kept = log_picks(s, who, chosen, [&](const pick& p) { return std::pair{anchor.id, pool[p.index].id}; });
    if (!kept) return std::move(kept).error();
    std::vector<candidate_match> out;
    for (const auto& p : *kept) out.push_back({pool[p.index], p.score, p.reason, chosen.strategy});
    return out;
}

domain::result<std::vector<job_match>> jobs_for_candidate(services& s, const recruiter& who, const match_request& req) {
    if (auto e = check(req, "candidate_id")) return std::move(*e);
    const auto limit = static_cast<std::size_t>(req.limit.value_or(default_limit));

    struct read_state {
        candidate anchor;
        std::vector<job> pool;
    };
    auto read =
        detail::in_read(s, who, detail::need::read,
                        [&](ports::recruiting_unit_of_work& uow, const member& m) -> domain::result<read_state> {
                            auto c = uow.candidates().get(m.org_id, *req.id);
                            if (!c) return domain::error::not_found("Candidate not found");
                            return read_state{std::move(*c), uow.jobs().all(m.org_id, max_pool)};
                        });
    if (!read) return std::move(read).error();
    // Named references, not a structured binding: lambdas below capture them (clang 14 cannot capture bindings).
    const auto& anchor = read->anchor;
    const auto& pool = read->pool;

    const auto candidate_profile = detail::profile_of(anchor);
    std::vector<matching::job_profile> profiles;
    for (const auto& j : pool) profiles.push_back(detail::profile_of(j));
    const auto chosen = rank_pool(
        s, req, detail::embedding_text(anchor), pool, "candidate and job",
        [&](std::size_t n) { return matching::rank_jobs(candidate_profile, profiles, n); },
        [&](std::size_t i) { return matching::score(profiles[i], candidate_profile); }, limit);
    if (chosen.picks.empty()) return std::vector<job_match>{};

    auto kept = log_picks(s, who, chosen, [&](const pick& p) { return std::pair{pool[p.index].id, anchor.id}; });
    if (!kept) return std::move(kept).error();
    std::vector<job_match> out;
    for (const auto& p : *kept) out.push_back({pool[p.index], p.score, p.reason, chosen.strategy});
    return out;
}

}  // namespace offertracker::recruiting
