// Matching: naive ranking (limit, zeros dropped, org scope), logs and match.created events, the openai strategy
// over a fake embedding provider and its fallback to naive.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <functional>
#include <utility>

#include "recruiting_fixture.hpp"

using namespace offertracker;
using namespace offertracker::test;
using domain::error_kind;
using domain::field_code;
using rc::match_strategy;
using rc::member_role;

namespace {

// Deterministic embeddings: one dimension per keyword, counting its (lower-case) occurrences, plus a constant so
// no vector is zero. Records what it was asked.
class keyword_embeddings final : public ports::embedding_provider {
public:
    std::vector<std::vector<std::string>> requests;
    ports::embedding_result embed(const std::vector<std::string>& texts) override {
        requests.push_back(texts);
        std::vector<std::vector<float>> out;
        for (const auto& t : texts) {
            std::string lower;
            for (unsigned char c : t) lower += static_cast<char>(std::tolower(c));
            std::vector<float> v;
            for (const char* k : {"python", "go", "java", "backend", "frontend", "design"}) {
                float n = 0;
                for (auto p = lower.find(k); p != std::string::npos; p = lower.find(k, p + 1)) ++n;
                v.push_back(n);
            }
            v.push_back(0.1f);
            out.push_back(std::move(v));
        }
        return out;
    }
};

class failing_embeddings final : public ports::embedding_provider {
public:
    int calls = 0;
    ports::embedding_result embed(const std::vector<std::string>&) override {
        ++calls;
        return ports::embedding_error{"The provider answered 500."};
    }
};

// Answers with one vector too few.
class short_embeddings final : public ports::embedding_provider {
public:
    ports::embedding_result embed(const std::vector<std::string>& texts) override {
        return std::vector<std::vector<float>>(texts.size() - 1, std::vector<float>{1.0f});
    }
};

rc::match_request request(rc::record_id id, std::optional<long long> limit = std::nullopt,
                          std::optional<match_strategy> strategy = std::nullopt) {
    return {.id = id, .limit = limit, .strategy = strategy};
}

struct matching_world {
    recruiting_fixture f;
    acting_member admin = f.org("ada");
    rc::job backend = f.job(admin, "Backend Engineer", {"Python", "PostgreSQL"}, std::string("Python services"));
    rc::candidate strong = f.candidate(admin, "Jane Doe", std::string("Backend Engineer"), {"Python", "PostgreSQL"});
    rc::candidate partial = f.candidate(admin, "John Smith", std::string("Backend Developer"), {"Python"});
    rc::candidate unrelated = f.candidate(admin, "Dora Designer", std::string("Florist"), {"Floristry"});
};

}  // namespace

TEST_CASE("candidates_for_job: best first, zero scores dropped, reasons, naive", "[recruiting][matching]") {
    matching_world w;
    auto m = rc::candidates_for_job(w.f.svc, w.admin.who, request(w.backend.id));
    REQUIRE(m.has_value());
    REQUIRE(m->size() == 2);  // the florist scores zero
    CHECK((*m)[0].who.id == w.strong.id);
    CHECK((*m)[1].who.id == w.partial.id);
    CHECK((*m)[0].score > (*m)[1].score);
    CHECK((*m)[0].score <= 100);
    CHECK((*m)[1].score > 0);
    CHECK((*m)[0].strategy == match_strategy::naive);
    CHECK((*m)[0].reason.find("Python") != std::string::npos);
    CHECK((*m)[1].reason.find("Missing required skills: PostgreSQL") != std::string::npos);
    CHECK((*m)[0].who.full_name == "Jane Doe");
}

TEST_CASE("matching logs each returned match and announces match.created", "[recruiting][matching]") {
    matching_world w;
    auto hook = w.f.webhook(w.admin, {rc::webhook_event::match_created});
    auto viewer = w.f.colleague(w.admin, "vic", member_role::viewer);
    w.f.tick();
    auto m = rc::candidates_for_job(w.f.svc, viewer.who, request(w.backend.id, 1));  // a viewer may match
    REQUIRE(m.has_value());
    REQUIRE(m->size() == 1);

    auto logs = w.f.match_logs(w.admin.org_id);
    REQUIRE(logs.size() == 1);
    CHECK(logs[0].job_id == w.backend.id);
    CHECK(logs[0].candidate_id == w.strong.id);
    CHECK(logs[0].score == (*m)[0].score);
    CHECK(logs[0].reason == (*m)[0].reason);
    CHECK(logs[0].strategy == match_strategy::naive);
    CHECK(logs[0].requested_by_user_id == viewer.who.member_id);
    CHECK(logs[0].created_at == w.f.clock.now());

    auto queued = w.f.deliveries(w.admin, hook.id);
    REQUIRE(queued.size() == 1);
    CHECK(queued[0].event == rc::webhook_event::match_created);
    const auto& p = queued[0].payload;
    CHECK(p.find(R"("data":{"job_id":)" + std::to_string(w.backend.id) + R"(,"candidate_id":)" +
                 std::to_string(w.strong.id) + R"(,"score":)" + std::to_string((*m)[0].score) +
                 R"(,"strategy":"naive","reason":)") != std::string::npos);

    // jobs_for_candidate logs too.
    auto jobs = rc::jobs_for_candidate(w.f.svc, w.admin.who, request(w.partial.id));
    REQUIRE(jobs.has_value());
    REQUIRE(jobs->size() == 1);
    CHECK((*jobs)[0].what.id == w.backend.id);
    CHECK(w.f.match_logs(w.admin.org_id).size() == 2);
    CHECK(w.f.deliveries(w.admin, hook.id).size() == 2);
}

TEST_CASE("no match logs nothing", "[recruiting][matching]") {
    matching_world w;
    auto lonely = w.f.job(w.admin, "Pastry Chef", {"Baking"});
    auto m = rc::candidates_for_job(w.f.svc, w.admin.who, request(lonely.id));
    REQUIRE(m.has_value());
    CHECK(m->empty());
    CHECK(w.f.match_logs(w.admin.org_id).empty());
}

TEST_CASE("matching: limit rules, required id, 404s and org scope", "[recruiting][matching]") {
    matching_world w;
    auto zed = w.f.org("zed");
    auto their_job = w.f.job(zed, "Backend Engineer", {"Python"});
    auto their_candidate = w.f.candidate(zed, "Zoe", std::string("Backend Engineer"), {"Python", "PostgreSQL"});

    REQUIRE_FIELD_ERRORS(rc::candidates_for_job(w.f.svc, w.admin.who, {}),
                         {.path = {"job_id"}, .code = field_code::missing});
    REQUIRE_FIELD_ERRORS(rc::jobs_for_candidate(w.f.svc, w.admin.who, {}),
                         {.path = {"candidate_id"}, .code = field_code::missing});
    REQUIRE_FIELD_ERRORS(rc::candidates_for_job(w.f.svc, w.admin.who, request(w.backend.id, 0)),
                         {.path = {"limit"}, .code = field_code::below_minimum, .limit = 1});
    REQUIRE_FIELD_ERRORS(rc::jobs_for_candidate(w.f.svc, w.admin.who, request(w.strong.id, 101)),
                         {.path = {"limit"}, .code = field_code::above_maximum, .limit = 100});
    CHECK(rc::candidates_for_job(w.f.svc, w.admin.who, request(w.backend.id, 100)).has_value());

    REQUIRE_NOT_FOUND(rc::candidates_for_job(w.f.svc, w.admin.who, request(their_job.id)), "Job not found");
    REQUIRE_NOT_FOUND(rc::jobs_for_candidate(w.f.svc, w.admin.who, request(their_candidate.id)), "Candidate not found");
    REQUIRE_NOT_FOUND(rc::candidates_for_job(w.f.svc, w.admin.who, request(9999)), "Job not found");
    REQUIRE_UNAUTHENTICATED(rc::candidates_for_job(w.f.svc, rc::recruiter{9999}, request(w.backend.id)));

    // Another org's candidates are never in the pool.
    auto m = rc::candidates_for_job(w.f.svc, w.admin.who, request(w.backend.id, 100));
    for (const auto& x : *m) CHECK(x.who.org_id == w.admin.org_id);
    auto theirs = rc::candidates_for_job(w.f.svc, zed.who, request(their_job.id));
    REQUIRE(theirs->size() == 1);
    CHECK(theirs->at(0).who.id == their_candidate.id);
}

TEST_CASE("openai with no provider, or a failing one, answers with naive", "[recruiting][matching]") {
    matching_world w;
    auto m = rc::candidates_for_job(w.f.svc, w.admin.who, request(w.backend.id, 5, match_strategy::openai));
    REQUIRE(m.has_value());
    REQUIRE(m->size() == 2);
    CHECK((*m)[0].strategy == match_strategy::naive);

    failing_embeddings failing;
    w.f.svc.embeddings = &failing;
    auto fallback = rc::candidates_for_job(w.f.svc, w.admin.who, request(w.backend.id, 5, match_strategy::openai));
    REQUIRE(fallback.has_value());
    CHECK(failing.calls == 1);
    REQUIRE(fallback->size() == 2);
    CHECK((*fallback)[0].strategy == match_strategy::naive);
    CHECK((*fallback)[0].score == (*m)[0].score);
    REQUIRE_FALSE(w.f.log.warnings().empty());
    CHECK(w.f.log.warnings().back().find("The provider answered 500.") != std::string::npos);
    for (const auto& l : w.f.match_logs(w.admin.org_id)) CHECK(l.strategy == match_strategy::naive);

    short_embeddings wrong;
    w.f.svc.embeddings = &wrong;
    auto unusable = rc::jobs_for_candidate(w.f.svc, w.admin.who, request(w.strong.id, 5, match_strategy::openai));
    REQUIRE(unusable.has_value());
    REQUIRE_FALSE(unusable->empty());
    CHECK((*unusable)[0].strategy == match_strategy::naive);
}

TEST_CASE("openai ranks by cosine similarity of the embeddings", "[recruiting][matching]") {
    matching_world w;
    keyword_embeddings provider;
    w.f.svc.embeddings = &provider;
    auto go = w.f.candidate(w.admin, "Gopher", std::string("Go backend developer"), {"Go"});

    // The naive strategy is still the default with a provider configured.
    auto naive = rc::candidates_for_job(w.f.svc, w.admin.who, request(w.backend.id));
    CHECK(provider.requests.empty());
    CHECK(naive->at(0).strategy == match_strategy::naive);

    auto m = rc::candidates_for_job(w.f.svc, w.admin.who, request(w.backend.id, 10, match_strategy::openai));
    REQUIRE(m.has_value());
    REQUIRE(provider.requests.size() == 1);
    CHECK(provider.requests[0].size() == 1 + 4);  // the job, then every candidate of the org
    CHECK(provider.requests[0][0].find("Backend Engineer") != std::string::npos);
    REQUIRE_FALSE(m->empty());
    for (const auto& x : *m) {
        CHECK(x.strategy == match_strategy::openai);
        CHECK(x.score > 0);
        CHECK(x.score <= 100);
        CHECK(x.reason.starts_with("High semantic similarity between job and profile."));
    }
    CHECK((*m)[0].who.id == w.strong.id);
    CHECK((*m)[0].reason.find("Overlapping terms include: python") != std::string::npos);
    for (std::size_t i = 1; i < m->size(); ++i) CHECK((*m)[i - 1].score >= (*m)[i].score);
    // The logs say openai too.
    auto logs = w.f.match_logs(w.admin.org_id);
    REQUIRE_FALSE(logs.empty());
    CHECK(logs[0].strategy == match_strategy::openai);

    // Score = round(100 * cosine): the job's vector against the Go developer's (the newest candidate, so the first
    // after the job: all() is newest first), recomputed here.
    auto vectors = std::get<0>(provider.embed({provider.requests[0][0], provider.requests[0][1]}));
    double dot = 0, a = 0, b = 0;
    for (std::size_t i = 0; i < vectors[0].size(); ++i) {
        dot += vectors[0][i] * vectors[1][i];
        a += vectors[0][i] * vectors[0][i];
        b += vectors[1][i] * vectors[1][i];
    }
    const int expected_go = static_cast<int>(std::lround(100.0 * dot / (std::sqrt(a) * std::sqrt(b))));
    CHECK(expected_go == 20);
    const auto gopher = std::find_if(m->begin(), m->end(), [&](const auto& x) { return x.who.id == go.id; });
    REQUIRE(gopher != m->end());
    CHECK(gopher->score == expected_go);

    auto jobs = rc::jobs_for_candidate(w.f.svc, w.admin.who, request(w.strong.id, 10, match_strategy::openai));
    REQUIRE(jobs.has_value());
    REQUIRE_FALSE(jobs->empty());
    CHECK((*jobs)[0].strategy == match_strategy::openai);
    CHECK((*jobs)[0].reason.starts_with("High semantic similarity between candidate and job."));
}

TEST_CASE("the limit caps the matches and their logs", "[recruiting][matching]") {
    recruiting_fixture f;
    auto admin = f.org("ada");
    auto j = f.job(admin, "Python Engineer", {"Python"});
    for (int i = 0; i < 7; ++i)
        f.candidate(admin, "Candidate " + std::to_string(i), std::string("Engineer"), {"Python"});
    auto m = rc::candidates_for_job(f.svc, admin.who, request(j.id, 3));
    REQUIRE(m.has_value());
    CHECK(m->size() == 3);
    CHECK(f.match_logs(admin.org_id).size() == 3);
    // Equal scores: ascending id.
    CHECK((*m)[0].who.id < (*m)[1].who.id);
    auto all = rc::candidates_for_job(f.svc, admin.who, request(j.id));
    CHECK(all->size() == 7);
}

TEST_CASE("openai sends at most 8,000 characters of each record", "[recruiting][matching]") {
    recruiting_fixture f;
    auto admin = f.org("ada");
    keyword_embeddings provider;
    f.svc.embeddings = &provider;
    auto j = f.job(admin, "Python Engineer", {"Python"}, std::string(20'000, 'd'));
    rc::create_candidate_command cmd;
    cmd.full_name = "Jane";
    cmd.current_title = "Python Engineer";
    cmd.resume_text = std::string(30'000, 'r');
    REQUIRE(rc::create_candidate(f.svc, admin.who, cmd).has_value());
    auto m = rc::candidates_for_job(f.svc, admin.who, request(j.id, 5, match_strategy::openai));
    REQUIRE(m.has_value());
    REQUIRE(provider.requests.size() == 1);
    REQUIRE(provider.requests[0].size() == 2);
    CHECK(provider.requests[0][0].size() == 8000);
    CHECK(provider.requests[0][1].size() == 8000);
    CHECK(provider.requests[0][1].starts_with("Current title: Python Engineer\n"));
}

namespace {

// Runs `meanwhile` (another request's committed change) just before the first write unit opens.
class interleaving_store final : public ports::recruiting_store {
public:
    interleaving_store(ports::recruiting_store& inner, std::function<void()> meanwhile)
        : inner_(inner), meanwhile_(std::move(meanwhile)) {}
    std::unique_ptr<ports::recruiting_unit_of_work> begin(ports::access mode) override {
        if (mode == ports::access::read_write && meanwhile_) std::exchange(meanwhile_, nullptr)();
        return inner_.begin(mode);
    }

private:
    ports::recruiting_store& inner_;
    std::function<void()> meanwhile_;
};

}  // namespace

TEST_CASE("a candidate deleted between the ranking and the logging is left out", "[recruiting][matching]") {
    matching_world w;
    interleaving_store racing{w.f.store, [&] { REQUIRE(rc::delete_candidate(w.f.svc, w.admin.who, w.strong.id)); }};
    rc::services svc{racing, w.f.clock, w.f.ids, w.f.hasher, w.f.tokens, w.f.log, w.f.throttle, w.f.extractor};
    auto m = rc::candidates_for_job(svc, w.admin.who, request(w.backend.id));
    REQUIRE(m.has_value());
    REQUIRE(m->size() == 1);
    CHECK((*m)[0].who.id == w.partial.id);
    auto logs = w.f.match_logs(w.admin.org_id);
    REQUIRE(logs.size() == 1);
    CHECK(logs[0].candidate_id == w.partial.id);
}
