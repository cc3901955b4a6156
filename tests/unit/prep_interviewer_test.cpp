// The offline interviewer: the behavioural bank, the job's skills, the plan (size, no duplicates, opener, skills
// most-mentioned first, the seeker's own questions same company first, seeded determinism), follow-up gaps and the
// turn-by-turn rule, empty inputs and hostile bytes.
#include <offertracker/prep/interviewer.hpp>

#include "prep_answer_fixtures.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace prep = offertracker::prep;
namespace answers = offertracker::test::answers;
using offertracker::domain::bank_question;

namespace {

using list = std::vector<std::string>;

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return s;
}

prep::plan_inputs backend_job(std::uint64_t seed = 7) {
    prep::plan_inputs in;
    in.job_title = "Backend Engineer";
    in.company_name = "Acme";
    in.job_description =
        "We build payment services in Python.\n"
        "You will own our PostgreSQL schemas and tune PostgreSQL queries.\n"
        "Experience running PostgreSQL on k8s is a plus. Kubernetes knowledge helps.\n"
        "Nice to have: Terraform, Redis.";
    in.seed = seed;
    return in;
}

list texts(const std::vector<prep::planned_question>& plan) {
    list out;
    for (const auto& q : plan) out.push_back(q.text);
    return out;
}

std::size_t distinct_keys(const std::vector<prep::planned_question>& plan) {
    std::set<std::string> keys;
    for (const auto& q : plan) keys.insert(lower(q.text));
    return keys.size();
}

prep::turn as_turn(const prep::planned_question& q, int position, std::string_view answer) {
    prep::turn t;
    t.position = position;
    t.question = q.text;
    t.source = q.source;
    t.topic = q.topic;
    t.answer = std::string(answer);
    return t;
}

}  // namespace

TEST_CASE("the behavioural bank holds at least 60 questions, at least 5 per competency", "[prep][interviewer]") {
    const auto names = prep::competencies();
    CHECK(std::vector<std::string_view>(names.begin(), names.end()) ==
          std::vector<std::string_view>{"conflict", "ownership", "failure", "leadership", "ambiguity", "communication",
                                        "teamwork", "prioritisation", "learning", "customer focus"});
    const auto bank = prep::behavioural_bank();
    CHECK(bank.size() >= 60);
    std::map<std::string_view, int> per;
    std::set<std::string_view> seen;
    for (const auto& q : bank) {
        CHECK(std::find(names.begin(), names.end(), q.competency) != names.end());
        CHECK(seen.insert(q.text).second);
        CHECK((q.text.ends_with("?") || q.text.ends_with(".")));
        ++per[q.competency];
    }
    for (std::string_view c : names) {
        INFO(c);
        CHECK(per[c] >= 5);
    }
}

TEST_CASE("job_skills gives canonical names in order of first mention, each once", "[prep][interviewer]") {
    CHECK(prep::job_skills("Python and postgres on k8s; more Python, PostgreSQL and Kubernetes.") ==
          list{"Python", "PostgreSQL", "Kubernetes"});
    CHECK(prep::job_skills("").empty());
    CHECK(prep::job_skills("We value kindness.").empty());
}

TEST_CASE("a plan has max_questions questions, no text twice, and opens about the role", "[prep][interviewer]") {
    const auto plan = prep::plan_questions(backend_job());
    REQUIRE(plan.size() == static_cast<std::size_t>(prep::max_questions));
    CHECK(distinct_keys(plan) == plan.size());
    CHECK(plan[0].source == prep::question_source::behavioural);
    CHECK(plan[0].text.find("Backend Engineer") != std::string::npos);
    CHECK(plan[0].text.find("Acme") != std::string::npos);
    // Behavioural questions after the opener cover distinct competencies.
    std::set<std::string> competencies;
    std::size_t behavioural = 0;
    for (std::size_t i = 1; i < plan.size(); ++i) {
        if (plan[i].source != prep::question_source::behavioural) continue;
        ++behavioural;
        competencies.insert(plan[i].topic);
    }
    CHECK(behavioural >= 1);
    CHECK(competencies.size() == behavioural);
}

TEST_CASE("skill questions come from the description, most-mentioned first, up to half the plan",
          "[prep][interviewer]") {
    const auto plan = prep::plan_questions(backend_job());
    list skills;
    for (const auto& q : plan) {
        if (q.source != prep::question_source::skill) continue;
        skills.push_back(q.topic);
        CHECK(q.text.find(q.topic) != std::string::npos);
    }
    // PostgreSQL and Kubernetes (once as k8s) are named in two sentences each, the rest in one: ties keep the order
    // of first mention, and Redis is left out (four is half the plan).
    CHECK(skills == list{"PostgreSQL", "Kubernetes", "Python", "Terraform"});

    auto few = backend_job();
    few.job_description = "You will write Go services.";
    const auto small = prep::plan_questions(few);
    CHECK(std::count_if(small.begin(), small.end(),
                        [](const auto& q) { return q.source == prep::question_source::skill; }) == 1);
    CHECK(small.size() == static_cast<std::size_t>(prep::max_questions));
}

TEST_CASE("skills of one category are worded from different templates", "[prep][interviewer]") {
    auto in = backend_job();
    in.job_description = "You will run Kubernetes, Terraform and Docker.";
    for (std::uint64_t seed = 0; seed < 10; ++seed) {
        in.seed = seed;
        std::set<std::string> wordings;
        for (const auto& q : prep::plan_questions(in)) {
            if (q.source != prep::question_source::skill) continue;
            std::string text = q.text;
            text.erase(text.find(q.topic), q.topic.size());
            wordings.insert(text);
        }
        CHECK(wordings.size() == 3);
    }
}

TEST_CASE("the same seed gives the same plan; different seeds draw different questions", "[prep][interviewer]") {
    CHECK(prep::plan_questions(backend_job(42)) == prep::plan_questions(backend_job(42)));
    CHECK(texts(prep::plan_questions(backend_job(1))) != texts(prep::plan_questions(backend_job(2))));
    std::set<list> plans;
    for (std::uint64_t seed = 0; seed < 20; ++seed) plans.insert(texts(prep::plan_questions(backend_job(seed))));
    CHECK(plans.size() >= 15);
}

TEST_CASE("the seeker's own questions: same company first, then same role, up to two", "[prep][interviewer]") {
    auto in = backend_job();
    in.own_questions = {
        {"How do you design an idempotent API?", "Technical", "Globex", "Data Engineer"},
        {"Why do you want to leave your current job?", "Phone screen", "Initech", "backend engineer"},
        {"Walk me through the last outage you handled.", "Onsite", "ACME ", "Site Reliability Engineer"},
        {"What would you change about our product?", "Final", "Other", "Other"},
    };
    const auto plan = prep::plan_questions(in);
    list bank;
    for (const auto& q : plan)
        if (q.source == prep::question_source::bank) bank.push_back(q.text);
    CHECK(bank == list{"Walk me through the last outage you handled.", "Why do you want to leave your current job?"});
    const auto onsite = std::find_if(plan.begin(), plan.end(), [](const auto& q) { return q.topic == "Onsite"; });
    CHECK(onsite != plan.end());

    // A bank question that repeats one already planned (any case or spacing) is not asked twice.
    in.own_questions = {{"  " + lower(plan[0].text) + "  ", "Onsite", "Acme", "Backend Engineer"}};
    const auto deduped = prep::plan_questions(in);
    CHECK(distinct_keys(deduped) == deduped.size());
    CHECK(deduped.size() == static_cast<std::size_t>(prep::max_questions));
}

TEST_CASE("empty inputs still give a full plan", "[prep][interviewer]") {
    const auto plan = prep::plan_questions(prep::plan_inputs{});
    REQUIRE(plan.size() == static_cast<std::size_t>(prep::max_questions));
    CHECK(distinct_keys(plan) == plan.size());
    CHECK(plan[0].text == "To start, tell me about yourself and what you are looking for in your next role.");
    for (const auto& q : plan) CHECK(q.source == prep::question_source::behavioural);
}

TEST_CASE("gap_of checks length, then a concrete example, then a result", "[prep][interviewer]") {
    CHECK(prep::gap_of("") == prep::answer_gap::too_short);
    CHECK(prep::gap_of(answers::principle) == prep::answer_gap::too_short);
    CHECK(prep::gap_of(answers::hypothetical) == prep::answer_gap::no_example);
    CHECK(prep::gap_of(answers::team_story_without_result) == prep::answer_gap::no_result);
    CHECK(prep::gap_of(answers::star_without_figures) == prep::answer_gap::none);
    CHECK(prep::gap_of(answers::star_with_figures) == prep::answer_gap::none);
    // A figure alone is a result; a year is not.
    const std::string story(answers::team_story_without_result);
    CHECK(prep::gap_of(story + " It took 3 weeks.") == prep::answer_gap::none);
    CHECK(prep::gap_of(story + " That was in 2021.") == prep::answer_gap::no_result);
    // Markers are matched whatever their case.
    std::string shouted(answers::star_without_figures);
    for (char& c : shouted) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    CHECK(prep::gap_of(shouted) == prep::answer_gap::none);
}

TEST_CASE("a follow-up names the turn's topic and reacts to its gap", "[prep][interviewer]") {
    prep::turn t;
    t.question = "Tell me about PostgreSQL.";
    t.source = prep::question_source::skill;
    t.topic = "PostgreSQL";
    t.answer = "It is fine.";
    std::set<std::string> seen;
    for (auto gap : {prep::answer_gap::too_short, prep::answer_gap::no_example, prep::answer_gap::no_result}) {
        const auto q = prep::follow_up_for(t, gap);
        CHECK(q.source == prep::question_source::follow_up);
        CHECK(q.topic == "PostgreSQL");
        CHECK(q.text.find("PostgreSQL") != std::string::npos);
        CHECK(seen.insert(q.text).second);
    }
    CHECK(prep::follow_up_for(t, prep::answer_gap::no_result).text.find("number") != std::string::npos);
    t.topic = "";
    CHECK_FALSE(prep::follow_up_for(t, prep::answer_gap::too_short).text.empty());
}

TEST_CASE("next_question follows up on gaps, never twice in a row nor more than twice", "[prep][interviewer]") {
    const auto in = backend_job();
    const auto plan = prep::plan_questions(in);
    std::vector<prep::turn> asked;
    const auto first = prep::next_question(in, asked);
    REQUIRE(first);
    CHECK(*first == plan[0]);

    // A strong answer: the next planned question.
    asked.push_back(as_turn(*first, 0, answers::star_with_figures));
    auto next = prep::next_question(in, asked);
    REQUIRE(next);
    CHECK(*next == plan[1]);

    // A short answer: a follow-up; answering it weakly again moves on with the plan.
    asked.push_back(as_turn(*next, 1, answers::principle));
    next = prep::next_question(in, asked);
    REQUIRE(next);
    CHECK(next->source == prep::question_source::follow_up);
    CHECK(next->topic == plan[1].topic);
    asked.push_back(as_turn(*next, 2, answers::dodge));
    next = prep::next_question(in, asked);
    REQUIRE(next);
    CHECK(*next == plan[2]);

    // Weak answers all the way: 8 questions, exactly two follow-ups, no text twice, then nothing.
    std::vector<prep::turn> weak;
    while (auto q = prep::next_question(in, weak)) weak.push_back(as_turn(*q, static_cast<int>(weak.size()), "Hmm."));
    CHECK(weak.size() == static_cast<std::size_t>(prep::max_questions));
    CHECK(std::count_if(weak.begin(), weak.end(),
                        [](const auto& t) { return t.source == prep::question_source::follow_up; }) == 2);
    std::set<std::string> unique;
    for (const auto& t : weak) unique.insert(t.question);
    CHECK(unique.size() == weak.size());
    CHECK_FALSE(prep::next_question(in, weak));
}

TEST_CASE("hostile bytes never crash the interviewer", "[prep][interviewer]") {
    std::string hostile;
    for (int i = 0; i < 256; ++i) hostile += static_cast<char>(i);
    hostile += "\xC3\x28\xE2\x82\xF0\x9F\x98 C++ k8s. Go, R\n\xE2\x80\x99";
    prep::plan_inputs in;
    in.job_title = hostile;
    in.company_name = hostile;
    in.job_description = hostile + hostile;
    in.own_questions = {{hostile, hostile, hostile, hostile}, {"", "", "", ""}};
    in.seed = ~std::uint64_t{0};
    const auto plan = prep::plan_questions(in);
    CHECK(plan.size() == static_cast<std::size_t>(prep::max_questions));
    CHECK(distinct_keys(plan) == plan.size());
    (void)prep::gap_of(hostile);
    std::vector<prep::turn> asked;
    while (auto q = prep::next_question(in, asked))
        asked.push_back(as_turn(*q, static_cast<int>(asked.size()), hostile));
    CHECK(asked.size() == static_cast<std::size_t>(prep::max_questions));

    // A megabyte of short sentences full of skills plans quickly (the mention count is one pass).
    std::string big;
    while (big.size() < (1u << 20)) big += "k8s. Go, R. C++! x\n";
    in.job_description = big;
    const auto start = std::chrono::steady_clock::now();
    const auto large = prep::plan_questions(in);
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
    CHECK(large.size() == static_cast<std::size_t>(prep::max_questions));
}

TEST_CASE("an unanswered last turn gets no follow-up", "[prep][interviewer]") {
    const auto in = backend_job();
    const auto plan = prep::plan_questions(in);
    std::vector<prep::turn> asked{as_turn(plan[0], 0, "")};
    asked[0].answer.reset();
    const auto next = prep::next_question(in, asked);
    REQUIRE(next);
    CHECK(*next == plan[1]);
}
