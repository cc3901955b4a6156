// The matching formula component by component, its edge cases (empty profiles, no required skills, everything
// missing, experience), alias-aware skills, the reason text, determinism, and the rankings' order, limit and zero drop.
#include <offertracker/matching/matching.hpp>

#include <catch2/catch.hpp>

#include <limits>
#include <string>
#include <vector>

namespace m = offertracker::matching;

namespace {

using list = std::vector<std::string>;

m::job_profile skills_job(list required, list nice = {}) {
    m::job_profile j;
    j.id = 1;
    j.required_skills = std::move(required);
    j.nice_to_have_skills = std::move(nice);
    return j;
}

m::candidate_profile with_skills(list skills, std::int64_t id = 1) {
    m::candidate_profile c;
    c.id = id;
    c.skills = std::move(skills);
    return c;
}

}  // namespace

TEST_CASE("empty profiles score zero") {
    CHECK(m::score({}, {}).score == 0);
    CHECK(m::score({}, with_skills({"Python"})).score == 0);
    CHECK(m::score(skills_job({"Python"}), {}).score == 0);
    const auto r = m::score(skills_job({"Python"}), {});
    CHECK(r.missing_required == list{"Python"});
    CHECK(r.matched_required.empty());
}

TEST_CASE("required skills alone: the matched fraction") {
    const auto job = skills_job({"Python", "Kubernetes", "PostgreSQL", "Go"});
    CHECK(m::score(job, with_skills({"Python", "Kubernetes", "PostgreSQL", "Go"})).score == 100);
    CHECK(m::score(job, with_skills({"Python", "Kubernetes"})).score == 50);
    CHECK(m::score(job, with_skills({"Python"})).score == 25);
    const auto none = m::score(job, with_skills({"Java"}));
    CHECK(none.score == 0);
    CHECK(none.missing_required == list{"Python", "Kubernetes", "PostgreSQL", "Go"});
}

TEST_CASE("required skills weigh more than nice-to-have") {
    const auto job = skills_job({"Python"}, {"Redis"});
    const auto required_only = m::score(job, with_skills({"Python"}));
    const auto nice_only = m::score(job, with_skills({"Redis"}));
    // 55 / 70 and 15 / 70 of 100
    CHECK(required_only.score == 79);
    CHECK(nice_only.score == 21);
    CHECK(nice_only.matched_nice == list{"Redis"});
    CHECK(m::score(job, with_skills({"Python", "Redis"})).score == 100);
}

TEST_CASE("no required skills: the other components carry the score") {
    m::job_profile job;
    job.title = "Backend Engineer";
    m::candidate_profile c;
    c.title = "Backend Engineer";
    const auto r = m::score(job, c);
    CHECK(r.score == 100);
    CHECK(r.title_similarity == 1.0);
    CHECK(r.reason.find("No required skills listed.") == 0);
}

TEST_CASE("a required skill listed again as nice-to-have counts once, as required") {
    const auto job = skills_job({"Python"}, {"python", "Redis"});
    const auto r = m::score(job, with_skills({"Python"}));
    CHECK(r.matched_nice.empty());
    CHECK(r.score == 79);  // nice-to-have holds Redis alone
}

TEST_CASE("title similarity: Dice over normalised tokens, seniority words and engineer synonyms folded") {
    m::job_profile job;
    job.title = "Senior Backend Engineer";
    m::candidate_profile c;
    c.title = "Backend Developer";
    CHECK(m::score(job, c).title_similarity == 1.0);
    c.title = "Lead backend dev";
    CHECK(m::score(job, c).title_similarity == 1.0);
    c.title = "Frontend Engineer";
    CHECK(m::score(job, c).title_similarity == Approx(0.5));
    c.title = "Accountant";
    CHECK(m::score(job, c).title_similarity == 0.0);
    CHECK(m::score(job, c).score == 0);
    // the better of title and headline
    c.headline = "Backend engineer who loves distributed systems";
    CHECK(m::score(job, c).title_similarity > 0.0);
}

TEST_CASE("title similarity is alias-aware through the vocabulary") {
    m::job_profile job;
    job.title = "Go Engineer";
    m::candidate_profile c;
    c.title = "Golang Developer";
    CHECK(m::score(job, c).title_similarity == 1.0);
    job.title = "Kubernetes Platform Engineer";
    c.title = "k8s platform engineer";
    CHECK(m::score(job, c).title_similarity == 1.0);
}

TEST_CASE("description terms: stop words dropped, saturation at ten shared terms") {
    m::job_profile job;
    job.description = "We are looking for someone with payments and billing and invoicing and ledger knowledge.";
    m::candidate_profile c;
    c.resume_text = "Built the payments ledger.";
    const auto r = m::score(job, c);
    CHECK(r.shared_terms == list{"Payments", "ledger"});  // Payments is a vocabulary skill
    // job terms: someone, payments, billing, invoicing, ledger (the rest are stop words)
    CHECK(r.description_overlap == Approx(2.0 / 5.0));
    CHECK(r.score == 40);
    c.resume_text = "with and for the we are";
    CHECK(m::score(job, c).score == 0);
}

TEST_CASE("description terms come from the whole profile, company and notes included") {
    m::job_profile job;
    job.description = "Fintech payments platform";
    m::candidate_profile c;
    c.current_company = "Payments Inc";
    c.notes = "Met at a fintech meetup";
    const auto r = m::score(job, c);
    CHECK(r.shared_terms == list{"Fintech", "Payments"});  // vocabulary skills: their canonical names
}

TEST_CASE("experience: a bonus at or above the minimum, a capped penalty below, nothing when a side is silent") {
    auto job = skills_job({"Python", "Go"});
    job.min_years = 5;
    auto c = with_skills({"Python"});
    CHECK(m::score(job, c).score == 50);
    CHECK_FALSE(m::score(job, c).experience_adjustment);
    c.years_experience = 5;
    CHECK(m::score(job, c).score == 55);
    CHECK(m::score(job, c).experience_adjustment == 5);
    c.years_experience = 12;
    CHECK(m::score(job, c).score == 55);
    c.years_experience = 3;
    CHECK(m::score(job, c).score == 30);
    CHECK(m::score(job, c).experience_adjustment == -20);
    c.years_experience = 0;
    CHECK(m::score(job, c).score == 20);  // at most -30
    job.min_years.reset();
    CHECK(m::score(job, c).score == 50);
    // a full profile capped at 100; a zero base stays zero
    job.min_years = 1;
    c.years_experience = 3;
    c.skills = {"Python", "Go"};
    CHECK(m::score(job, c).score == 100);
    c.skills = {"Java"};
    CHECK(m::score(job, c).score == 0);
    CHECK_FALSE(m::score(job, c).experience_adjustment);
}

TEST_CASE("experience can take a weak match to zero") {
    auto job = skills_job({"Python", "Go", "Rust", "Java"});
    job.min_years = 10;
    auto c = with_skills({"Python"});
    c.years_experience = 1;
    CHECK(m::score(job, c).score == 0);  // 25 - 30
}

TEST_CASE("alias-aware skills: k8s, Postgres, golang, JS") {
    const auto job = skills_job({"Kubernetes", "PostgreSQL", "Go", "JavaScript"});
    m::candidate_profile c;
    c.resume_text = "Ran k8s clusters, tuned Postgres, wrote services in golang and some js.";
    const auto r = m::score(job, c);
    CHECK(r.matched_required == list{"Kubernetes", "PostgreSQL", "Go", "JavaScript"});
    CHECK(r.missing_required.empty());
    CHECK(r.score == 100);
    // and the other way round: the job spells the alias, the candidate the canonical name
    const auto job2 = skills_job({"k8s", "postgres", "golang"});
    const auto r2 = m::score(job2, with_skills({"Kubernetes", "PostgreSQL", "Go"}));
    CHECK(r2.matched_required == list{"Kubernetes", "PostgreSQL", "Go"});
    CHECK(r2.score == 100);
}

TEST_CASE("a skill string naming several skills, and a skill outside the vocabulary") {
    const auto job = skills_job({"Python, Django", "Widget Forging"});
    m::candidate_profile c;
    c.resume_text = "Python and Django developer; ten years of widget forging.";
    const auto r = m::score(job, c);
    CHECK(r.matched_required == list{"Python", "Django", "Widget Forging"});
    c.resume_text = "Python and Django developer; forging widgets.";
    CHECK(m::score(job, c).missing_required == list{"Widget Forging"});
}

TEST_CASE("the company does not give skills") {
    const auto job = skills_job({"Oracle Database"});
    m::candidate_profile c;
    c.current_company = "Oracle";
    CHECK(m::score(job, c).matched_required.empty());
}

TEST_CASE("the reason names the matched and the missing required skills") {
    auto job = skills_job({"Python", "Kubernetes", "Go"}, {"Redis"});
    job.title = "Backend Engineer";
    job.min_years = 3;
    m::candidate_profile c;
    c.title = "Backend Engineer";
    c.resume_text = "python, k8s, redis";
    c.years_experience = 4;
    const auto r = m::score(job, c);
    CHECK(r.reason ==
          "Matched required skills: Python, Kubernetes. Missing required skills: Go. Nice-to-have: Redis. "
          "Title similarity 100%. Experience: 4 years for 3 required (+5).");
    c.resume_text = "python, k8s, golang";
    CHECK(m::score(job, c).reason.find("Matched required skills: Python, Kubernetes, Go; none missing.") == 0);
    c.resume_text.clear();
    const auto none = m::score(job, c).reason;
    CHECK(none.find("Matched no required skills. Missing required skills: Python, Kubernetes, Go.") == 0);
}

TEST_CASE("score is deterministic") {
    m::job_profile job;
    job.title = "Data Engineer";
    job.description = "Spark, Airflow and dbt pipelines on AWS; streaming with Kafka.";
    job.required_skills = {"Spark", "Airflow", "SQL"};
    job.nice_to_have_skills = {"Kafka", "dbt"};
    m::candidate_profile c;
    c.title = "Data engineer";
    c.resume_text = "Airflow DAGs, Spark jobs, SQL; Kafka consumers on AWS.";
    const auto first = m::score(job, c);
    for (int i = 0; i < 20; ++i) {
        const auto again = m::score(job, c);
        CHECK(again.score == first.score);
        CHECK(again.reason == first.reason);
        CHECK(again.shared_terms == first.shared_terms);
    }
}

TEST_CASE("rank_candidates: best first, zeros dropped, ties by id, limit respected") {
    const auto job = skills_job({"Python", "Go"});
    const std::vector<m::candidate_profile> cands{
        with_skills({"Python"}, 7), with_skills({"Java"}, 3), with_skills({"Python", "Go"}, 9),
        with_skills({"Go"}, 2),     with_skills({}, 1),
    };
    const auto all = m::rank_candidates(job, cands, 10);
    REQUIRE(all.size() == 3);
    CHECK(all[0].id == 9);
    CHECK(all[0].result.score == 100);
    CHECK(all[1].id == 2);  // 50, ties with 7: ascending id
    CHECK(all[2].id == 7);
    const auto two = m::rank_candidates(job, cands, 2);
    REQUIRE(two.size() == 2);
    CHECK(two[1].id == 2);
    CHECK(m::rank_candidates(job, cands, 0).empty());
    CHECK(m::rank_candidates(job, {}, 5).empty());
}

TEST_CASE("rank_jobs: best first, zeros dropped, ties by id, limit respected") {
    auto c = with_skills({"Python", "k8s"});
    std::vector<m::job_profile> jobs{skills_job({"Kubernetes"}), skills_job({"Python", "Go"}),
                                     skills_job({"COBOL"}), skills_job({"Python"})};
    jobs[0].id = 40;
    jobs[1].id = 10;
    jobs[2].id = 20;
    jobs[3].id = 30;
    const auto r = m::rank_jobs(c, jobs, 10);
    REQUIRE(r.size() == 3);
    CHECK(r[0].id == 30);
    CHECK(r[1].id == 40);
    CHECK(r[2].id == 10);
    CHECK(r[2].result.missing_required == list{"Go"});
    CHECK(m::rank_jobs(c, jobs, 1).size() == 1);
    // the rankings agree with score()
    for (const auto& e : r) {
        for (const auto& j : jobs) {
            if (j.id == e.id) CHECK(m::score(j, c).score == e.result.score);
        }
    }
}

TEST_CASE("description overlap saturates at ten shared terms") {
    m::job_profile job;
    job.description =
        "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa quebec "
        "romeo sierra tango";
    m::candidate_profile c;
    c.resume_text = "alpha bravo charlie delta echo";
    CHECK(m::score(job, c).description_overlap == Approx(0.5));
    c.resume_text = "alpha bravo charlie delta echo foxtrot golf hotel india juliet";
    CHECK(m::score(job, c).description_overlap == 1.0);
    c.resume_text += " kilo lima";
    CHECK(m::score(job, c).description_overlap == 1.0);
    CHECK(m::score(job, c).score == 100);
}

TEST_CASE("duplicate and blank skill strings count once or not at all") {
    const auto job = skills_job({"Postgres", "PostgreSQL", "  ", "", "psql"});
    const auto r = m::score(job, with_skills({"PostgreSQL"}));
    CHECK(r.matched_required == list{"PostgreSQL"});
    CHECK(r.score == 100);
    CHECK(m::score(skills_job({" ", ""}), with_skills({"Python"})).score == 0);
    CHECK(m::score(skills_job({" ", ""}), with_skills({"Python"})).reason == "No required skills listed.");
}

TEST_CASE("non-ASCII words are terms, compared byte for byte after ASCII lowercasing") {
    m::job_profile job;
    job.title = "Développeur Backend";
    m::candidate_profile c;
    c.title = "développeur backend";
    CHECK(m::score(job, c).title_similarity == 1.0);
    job.description = "Expérience en télécommunications";
    c.resume_text = "dix ans de télécommunications";
    CHECK(m::score(job, c).shared_terms == list{"télécommunications"});
}

TEST_CASE("a large profile is scored in one pass") {
    m::job_profile job;
    job.title = "Backend Engineer";
    job.description = "Python services on Kubernetes";
    job.required_skills = {"Python", "Kubernetes", "Widget Forging"};
    m::candidate_profile c;
    for (int i = 0; i < 20000; ++i) c.resume_text += "Python k8s services and more words " + std::to_string(i) + ". ";
    const auto r = m::score(job, c);
    CHECK(r.matched_required == list{"Python", "Kubernetes"});
    CHECK(r.missing_required == list{"Widget Forging"});
    CHECK(r.shared_terms == list{"Kubernetes", "Python", "services"});
}

TEST_CASE("extreme years do not overflow") {
    auto job = skills_job({"Python"});
    job.min_years = std::numeric_limits<int>::max();
    auto c = with_skills({"Python"});
    c.years_experience = std::numeric_limits<int>::min();
    CHECK(m::score(job, c).score == 70);
    CHECK(m::score(job, c).experience_adjustment == -30);
    job.min_years = std::numeric_limits<int>::min();
    c.years_experience = std::numeric_limits<int>::max();
    CHECK(m::score(job, c).score == 100);
}
