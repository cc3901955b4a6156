// The labelled corpus (matching_corpus_data.hpp): top-3 precision of rank_candidates over every job, the best job
// of every labelled candidate through rank_jobs, the alias-only cases, and a literal (alias-unaware) baseline over the
// same corpus for comparison. The measured numbers are printed; README.md reports them.
#include "matching_corpus_data.hpp"

#include <offertracker/skills/vocabulary.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <set>
#include <string>

namespace {

namespace m = offertracker::matching;
namespace sk = offertracker::skills;

bool contains(const std::vector<std::int64_t>& ids, std::int64_t id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

std::string profile_text(const m::candidate_profile& c) {
    std::string all = c.title + "\n" + c.headline + "\n" + c.current_company + "\n" + c.notes + "\n" + c.resume_text;
    for (const auto& s : c.skills) all += "\n" + s;
    return " " + sk::normalise(all) + " ";
}

// The baseline: the same weights, but a job skill matches only when its own spelling occurs in the profile, and the
// title is compared word for word (no vocabulary, no synonyms, no seniority words dropped).
double literal_score(const m::job_profile& j, const m::candidate_profile& c) {
    const std::string text = profile_text(c);
    auto fraction = [&](const std::vector<std::string>& skills) {
        std::size_t hit = 0;
        for (const auto& s : skills) hit += text.find(" " + sk::normalise(s) + " ") != std::string::npos;
        return static_cast<double>(hit) / static_cast<double>(skills.size());
    };
    auto words = [](const std::string& t) {
        std::set<std::string> out;
        std::string n = sk::normalise(t);
        std::size_t i = 0;
        while (i < n.size()) {
            const auto sp = n.find(' ', i);
            out.insert(n.substr(i, sp == std::string::npos ? std::string::npos : sp - i));
            if (sp == std::string::npos) break;
            i = sp + 1;
        }
        return out;
    };
    const auto a = words(j.title);
    const auto b = words(c.title);
    std::size_t shared = 0;
    for (const auto& w : a) shared += b.count(w);
    const double title = a.empty() || b.empty() ? 0.0 : 2.0 * shared / static_cast<double>(a.size() + b.size());
    return m::required_weight * fraction(j.required_skills) + m::nice_weight * fraction(j.nice_to_have_skills) +
           m::title_weight * title;
}

}  // namespace

TEST_CASE("the corpus has at least 10 jobs and 40 candidates, each labelled candidate for one job") {
    const auto jobs = corpus::jobs();
    const auto cands = corpus::candidates();
    CHECK(jobs.size() >= 10);
    CHECK(cands.size() >= 40);
    std::set<std::int64_t> labelled;
    for (const auto& j : jobs) {
        CHECK(j.relevant.size() >= 3);
        for (auto id : j.relevant) CHECK(labelled.insert(id).second);
    }
    std::set<std::int64_t> ids;
    for (const auto& c : cands) CHECK(ids.insert(c.id).second);
    for (auto id : labelled) CHECK(ids.count(id) == 1);
}

TEST_CASE("top-3 precision of rank_candidates over the labelled corpus") {
    const auto jobs = corpus::jobs();
    const auto cands = corpus::candidates();
    std::size_t hits = 0;
    std::size_t literal_hits = 0;
    for (const auto& lj : jobs) {
        const auto top = m::rank_candidates(lj.job, cands, 3);
        REQUIRE(top.size() == 3);
        std::printf("job %lld %-32s:", static_cast<long long>(lj.job.id), lj.job.title.c_str());
        for (const auto& r : top) {
            const bool ok = contains(lj.relevant, r.id);
            hits += ok;
            std::printf(" %lld(%d)%s", static_cast<long long>(r.id), r.result.score, ok ? "" : "*");
        }
        // the literal baseline's top 3 (ties by id)
        std::vector<std::pair<double, std::int64_t>> lit;
        for (const auto& c : cands) lit.emplace_back(-literal_score(lj.job, c), c.id);
        std::sort(lit.begin(), lit.end());
        std::printf("   literal:");
        for (std::size_t i = 0; i < 3; ++i) {
            const bool ok = lit[i].first < 0.0 && contains(lj.relevant, lit[i].second);
            literal_hits += ok;
            std::printf(" %lld%s", static_cast<long long>(lit[i].second), ok ? "" : "*");
        }
        std::printf("\n");
    }
    const double precision = static_cast<double>(hits) / static_cast<double>(3 * jobs.size());
    const double literal_precision = static_cast<double>(literal_hits) / static_cast<double>(3 * jobs.size());
    std::printf("top-3 precision: %.3f (%zu of %zu); literal baseline: %.3f\n", precision, hits, 3 * jobs.size(),
                literal_precision);
    CHECK(precision >= 0.97);  // measured 1.000 (36 of 36): at most one miss before this fails
    CHECK(precision > literal_precision);
}

TEST_CASE("rank_jobs puts every labelled candidate's job first") {
    const auto jobs = corpus::jobs();
    const auto cands = corpus::candidates();
    std::vector<m::job_profile> plain;
    for (const auto& lj : jobs) plain.push_back(lj.job);
    std::size_t right = 0;
    std::size_t labelled = 0;
    for (const auto& c : cands) {
        const auto it =
            std::find_if(jobs.begin(), jobs.end(), [&](const auto& lj) { return contains(lj.relevant, c.id); });
        if (it == jobs.end()) continue;
        ++labelled;
        const auto best = m::rank_jobs(c, plain, 1);
        REQUIRE(best.size() == 1);
        if (best[0].id == it->job.id) {
            ++right;
        } else {
            std::printf("candidate %lld: best job %lld, labelled %lld\n", static_cast<long long>(c.id),
                        static_cast<long long>(best[0].id), static_cast<long long>(it->job.id));
        }
    }
    const double accuracy = static_cast<double>(right) / static_cast<double>(labelled);
    std::printf("rank_jobs top-1 accuracy: %.3f (%zu of %zu)\n", accuracy, right, labelled);
    CHECK(accuracy >= 0.95);
}

TEST_CASE("alias-only candidates: only alias-aware matching finds their required skills") {
    const auto jobs = corpus::jobs();
    const auto cands = corpus::candidates();
    for (auto id : corpus::alias_only) {
        CAPTURE(id);
        const auto c = std::find_if(cands.begin(), cands.end(), [&](const auto& x) { return x.id == id; });
        const auto lj = std::find_if(jobs.begin(), jobs.end(), [&](const auto& j) { return contains(j.relevant, id); });
        REQUIRE(c != cands.end());
        REQUIRE(lj != jobs.end());
        // the job's own spellings of at least one required skill never occur in the profile ...
        const std::string text = profile_text(*c);
        std::size_t literal = 0;
        for (const auto& s : lj->job.required_skills) {
            literal += text.find(" " + sk::normalise(s) + " ") != std::string::npos;
        }
        CHECK(literal < lj->job.required_skills.size());
        // ... yet the vocabulary matches every one, and the candidate is in the job's top 3
        const auto r = m::score(lj->job, *c);
        CHECK(r.missing_required.empty());
        const auto top = m::rank_candidates(lj->job, cands, 3);
        CHECK(std::any_of(top.begin(), top.end(), [&](const auto& e) { return e.id == id; }));
    }
}
