// The feedback rubric: answers from weak to strong score strictly higher, each note explains itself, a skill
// question rewards naming the skill, the interview's score and patterns, CV gaps by the skills vocabulary (aliases
// included), determinism, empty inputs and hostile bytes.
#include <offertracker/prep/rubric.hpp>

#include "prep_answer_fixtures.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <string>
#include <vector>

namespace prep = offertracker::prep;
namespace answers = offertracker::test::answers;

namespace {

using list = std::vector<std::string>;

prep::turn answered(int position, std::string_view answer,
                    prep::question_source source = prep::question_source::behavioural,
                    std::string topic = "conflict") {
    prep::turn t;
    t.session = 1;
    t.position = position;
    t.question = "Question " + std::to_string(position);
    t.source = source;
    t.topic = std::move(topic);
    t.answer = std::string(answer);
    return t;
}

bool any_contains(const list& texts, std::string_view part) {
    return std::any_of(texts.begin(), texts.end(),
                       [&](const std::string& t) { return t.find(part) != std::string::npos; });
}

prep::rubric_inputs interview(std::vector<std::string_view> replies, list skills = {}, std::string cv = {}) {
    prep::rubric_inputs in;
    for (std::size_t i = 0; i < replies.size(); ++i) in.turns.push_back(answered(static_cast<int>(i), replies[i]));
    in.job_skills = std::move(skills);
    in.cv_text = std::move(cv);
    in.job_title = "Backend Engineer";
    return in;
}

}  // namespace

TEST_CASE("each stronger answer fixture scores strictly higher than the one before", "[prep][rubric]") {
    std::vector<int> scores;
    for (std::string_view a : answers::by_strength) scores.push_back(prep::assess_answer(answered(0, a), {}).score);
    INFO("scores weakest first: " << Catch::Detail::stringify(scores));
    for (std::size_t i = 1; i < scores.size(); ++i) CHECK(scores[i] > scores[i - 1]);
    CHECK(scores.front() == 1);
    CHECK(scores.back() == 10);
    for (int s : scores) CHECK((s >= 1 && s <= 10));
}

TEST_CASE("an answer's assessment names its STAR parts and explains what is missing", "[prep][rubric]") {
    const auto strong = prep::assess_answer(answered(3, answers::star_with_figures), {});
    CHECK(strong.position == 3);
    CHECK(strong.star_found == list{"situation", "task", "action", "result"});
    CHECK(any_contains(strong.notes, "STAR structure: situation, task, action and result are all there"));
    CHECK(any_contains(strong.notes, "figures"));

    const auto we_story = prep::assess_answer(answered(0, answers::team_story_without_result), {});
    CHECK(std::find(we_story.star_found.begin(), we_story.star_found.end(), "result") == we_story.star_found.end());
    CHECK(any_contains(we_story.notes, "ends without a result: say what changed, with a number if you can."));
    CHECK(any_contains(we_story.notes, "says \"we\" or \"our\""));
    CHECK(any_contains(we_story.notes, "Missing from the STAR structure: result."));

    const auto hypothetical = prep::assess_answer(answered(0, answers::hypothetical), {});
    CHECK(any_contains(hypothetical.notes, "what you would do rather than what you did"));

    const auto brief = prep::assess_answer(answered(0, answers::principle), {});
    CHECK(brief.score <= 3);
    CHECK(any_contains(brief.notes, "too short"));

    const auto nothing = prep::assess_answer(answered(0, "   "), {});
    CHECK(nothing.score == 1);
    CHECK(nothing.notes == list{"No answer was given."});
}

TEST_CASE("a skill question rewards naming the skill, by any of its spellings", "[prep][rubric]") {
    const std::string base(answers::star_with_figures);
    const std::string with_skill = base + " I moved the billing data to Postgres while doing it.";
    const std::string without = base + " I moved the billing data to a new store while doing it.";
    const list skills{"PostgreSQL", "Docker"};
    const auto named = prep::assess_answer(answered(0, with_skill, prep::question_source::skill, "PostgreSQL"), skills);
    const auto unnamed = prep::assess_answer(answered(0, without, prep::question_source::skill, "PostgreSQL"), skills);
    CHECK(named.score > unnamed.score);
    CHECK(any_contains(named.notes, "It names PostgreSQL, the skill the question is about."));
    CHECK(any_contains(unnamed.notes, "It never names PostgreSQL, the skill the question is about"));

    const auto other = prep::assess_answer(answered(0, without + " We ran it in Docker.", prep::question_source::skill,
                                                    "PostgreSQL"),
                                           skills);
    CHECK(any_contains(other.notes, "It also brings in Docker from the job's skills."));
}

TEST_CASE("the same answers always give the same feedback", "[prep][rubric]") {
    const auto in = interview({answers::hypothetical, answers::star_with_figures, answers::principle,
                               answers::team_story_without_result},
                              {"Python", "Kubernetes"}, "Python developer, 5 years.");
    CHECK(prep::assess_interview(in) == prep::assess_interview(in));
}

TEST_CASE("the interview's score is the answers' mean, and strong interviews beat weak ones", "[prep][rubric]") {
    const auto strong = prep::assess_interview(interview(
        {answers::star_with_figures, answers::star_with_figures, answers::star_without_figures,
         answers::star_with_figures}));
    const auto weak = prep::assess_interview(
        interview({answers::principle, answers::hypothetical, answers::dodge, answers::team_story_without_result}));
    CHECK(strong.written_by == "offline");
    CHECK(strong.answers.size() == 4);
    int sum = 0;
    for (const auto& a : strong.answers) sum += a.score;
    CHECK(strong.score == (2 * sum + 4) / 8);
    CHECK(strong.score > weak.score);
    CHECK(any_contains(strong.strengths, "All 4 answers follow the STAR structure"));
    CHECK(any_contains(strong.strengths, "quantify the outcome"));
    CHECK(any_contains(weak.weaknesses, "answers end without a result: say what changed, with a number if you can."));
    CHECK(any_contains(weak.weaknesses, "2 of 4 answers are under 40 words"));
    CHECK(any_contains(weak.weaknesses, "3 of 4 answers give no concrete example"));
}

TEST_CASE("fewer than half the questions answered lowers the score and says so", "[prep][rubric]") {
    const auto two = prep::assess_interview(interview({answers::star_with_figures, answers::star_with_figures}));
    const auto four = prep::assess_interview(interview({answers::star_with_figures, answers::star_with_figures,
                                                        answers::star_with_figures, answers::star_with_figures}));
    CHECK(two.score == four.score - 2);
    CHECK(any_contains(two.weaknesses, "Only 2 of 8 questions were answered, so the score is lowered by 2"));
    CHECK_FALSE(any_contains(four.weaknesses, "questions were answered"));
}

TEST_CASE("unanswered turns are ignored, and an interview with none scores 1 with one weakness", "[prep][rubric]") {
    auto in = interview({answers::star_with_figures});
    prep::turn open;
    open.position = 1;
    open.question = "Still open";
    in.turns.push_back(open);
    const auto f = prep::assess_interview(in);
    REQUIRE(f.answers.size() == 1);
    CHECK(f.answers[0].position == 0);

    prep::rubric_inputs none;
    none.turns.push_back(open);
    const auto empty = prep::assess_interview(none);
    CHECK(empty.score == 1);
    REQUIRE(empty.weaknesses.size() == 1);
    CHECK(empty.weaknesses[0].find("No question was answered") != std::string::npos);
    CHECK(empty.strengths.empty());
    CHECK(empty.answers.empty());
    CHECK(empty.cv_improvements ==
          list{"No CV was uploaded, so it could not be compared with the job: upload it to see which of the job's "
               "skills it never mentions."});
}

TEST_CASE("cv_gaps compares by the skills vocabulary, so aliases count", "[prep][rubric]") {
    const list job{"Kubernetes", "PostgreSQL", "Go", "Terraform", "Kubernetes"};
    const std::string cv = "Ran services on k8s and postgres for 3 years. Wrote tooling in golang.";
    CHECK(prep::cv_gaps(job, cv) == list{"Terraform"});
    CHECK(prep::cv_gaps(job, "") == list{"Kubernetes", "PostgreSQL", "Go", "Terraform"});
    CHECK(prep::cv_gaps({}, cv).empty());
    // A job skill given by an alias is still one skill; a name the vocabulary does not know is matched as text.
    CHECK(prep::cv_gaps({"k8s", "Quux Engine"}, "Kubernetes admin; built the quux  engine plugin").empty());
    CHECK(prep::cv_gaps({"Quux Engine"}, "quuxengine") == list{"Quux Engine"});
}

TEST_CASE("CV improvements turn gaps, missing figures and missing title words into suggestions", "[prep][rubric]") {
    auto in = interview({answers::star_with_figures}, {"Kubernetes", "Python", "Terraform"},
                        "Jane Doe\nSoftware engineer, 2019 - 2024, +1 415 555 0132\nBuilt Python services.");
    const auto f = prep::assess_interview(in);
    CHECK(f.cv_improvements.at(0) ==
          "Your CV never mentions Kubernetes, which the job asks for: add a bullet where you used it, with scale or "
          "outcome.");
    CHECK(f.cv_improvements.at(1).find("Terraform") != std::string::npos);
    CHECK(any_contains(f.cv_improvements, "Your CV gives no figures for its results"));
    CHECK(any_contains(f.cv_improvements, "Your CV never uses \"backend\" from the job title \"Backend Engineer\""));
    CHECK_FALSE(any_contains(f.cv_improvements, "\"engineer\""));

    in.cv_text = "Backend engineer. Cut p99 latency by 35% for 2M users with Kubernetes, Python and Terraform.";
    const auto good = prep::assess_interview(in);
    CHECK(good.cv_improvements.empty());

    list many;
    for (std::string_view s : {"Kubernetes", "Python", "Terraform", "Docker", "Redis", "Kafka", "React", "Java"})
        many.emplace_back(s);
    in.job_skills = many;
    in.cv_text = "Backend engineer who saved 20 hours a week.";
    const auto lots = prep::assess_interview(in);
    CHECK(any_contains(lots.cv_improvements, "Your CV also never mentions React and Java from the job's skills"));
}

TEST_CASE("the feedback covers the job's skills across answers", "[prep][rubric]") {
    const std::string with_go = std::string(answers::star_with_figures) + " I wrote the new module in Go.";
    const auto f = prep::assess_interview(interview({with_go, answers::star_with_figures}, {"Go", "Kubernetes"}));
    CHECK(any_contains(f.strengths, "Your answers bring in 1 of the job's 2 skills: Go."));
    CHECK(any_contains(f.weaknesses, "Your answers never mention Kubernetes, which the job asks for"));
}

TEST_CASE("hostile bytes never crash the rubric and it stays linear", "[prep][rubric]") {
    std::string hostile;
    for (int i = 0; i < 256; ++i) hostile += static_cast<char>(i);
    hostile += "\xC3\x28\xE2\x82\xF0\x9F\x98\xE2\x80\x99\xE2\x80";  // invalid and truncated UTF-8
    const auto a = prep::assess_answer(answered(0, hostile, prep::question_source::skill, hostile), {hostile, "C++"});
    CHECK((a.score >= 1 && a.score <= 10));
    CHECK(prep::cv_gaps({hostile, std::string(1000, 'x')}, hostile).size() == 2);

    // A megabyte of markers, digits and apostrophes: finishes quickly (a quadratic pass would take minutes).
    std::string big;
    while (big.size() < (1u << 20)) big += "I led 40% as a result we\xE2\x80\x99re 2019 k8s ";
    const auto start = std::chrono::steady_clock::now();
    auto in = interview({big, hostile, big}, {"Kubernetes", hostile}, big);
    in.job_title = hostile;
    const auto f = prep::assess_interview(in);
    const auto elapsed = std::chrono::steady_clock::now() - start;
    CHECK(elapsed < std::chrono::seconds(5));
    CHECK((f.score >= 1 && f.score <= 10));
    CHECK(f.answers.size() == 3);
}
