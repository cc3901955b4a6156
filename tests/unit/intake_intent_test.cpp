// parse_intent: every command of the agent's list, the politeness and punctuation it tolerates, the rule order,
// numbers written "#5" or "5", and what falls to help (a missing number, an overflow, anything else).
#include <offertracker/intake/intake.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace {

namespace in = offertracker::intake;
using namespace std::string_literals;
using in::intent_kind;

struct expectation {
    const char* message;
    intent_kind kind;
    std::optional<std::int64_t> number;
};

}  // namespace

TEST_CASE("every command of the agent's list", "[intake][intent]") {
    const std::vector<expectation> rows{
        {"list jobs", intent_kind::list_jobs, std::nullopt},
        {"show jobs", intent_kind::list_jobs, std::nullopt},
        {"show open jobs", intent_kind::list_open_jobs, std::nullopt},
        {"list open jobs", intent_kind::list_open_jobs, std::nullopt},
        {"list candidates", intent_kind::list_candidates, std::nullopt},
        {"summarize candidate 3", intent_kind::summarize_candidate, 3},
        {"match candidates for job 5", intent_kind::match_candidates, 5},
        {"match jobs for candidate 7", intent_kind::match_jobs, 7},
        {"applications for job 5", intent_kind::job_applications, 5},
        {"pipeline for job 5", intent_kind::job_applications, 5},
        {"show applications for job 5", intent_kind::job_applications, 5},
    };
    for (const auto& r : rows) {
        INFO(r.message);
        const auto got = in::parse_intent(r.message);
        CHECK(got.kind == r.kind);
        CHECK(got.number == r.number);
        CHECK(got.argument.empty());
    }
}

TEST_CASE("create_job carries the description that follows the command", "[intake][intent]") {
    const auto got = in::parse_intent("create a new job for a senior backend engineer in NYC with Python...");
    CHECK(got.kind == intent_kind::create_job);
    CHECK_FALSE(got.number);
    CHECK(got.argument == "a senior backend engineer in NYC with Python...");
    CHECK(in::parse_intent("Please create a job: Staff SRE, remote").argument == "Staff SRE, remote");
    CHECK(in::parse_intent("Post a new role - Data Analyst in Austin").argument == "Data Analyst in Austin");
    CHECK(in::parse_intent("open a new position for an iOS developer").kind == intent_kind::create_job);
    // The argument parses as a job.
    CHECK(in::parse_job_text(in::parse_intent("create a new job for a senior backend engineer in NYC").argument).title ==
          "Senior Backend Engineer");
    // "create a job" alone still asks to create one; the use case asks for the description.
    CHECK(in::parse_intent("create a job").kind == intent_kind::create_job);
    CHECK(in::parse_intent("create a job").argument.empty());
}

TEST_CASE("case, punctuation, politeness and number spellings are tolerated", "[intake][intent]") {
    const std::vector<expectation> rows{
        {"LIST JOBS!", intent_kind::list_jobs, std::nullopt},
        {"Please list candidates.", intent_kind::list_candidates, std::nullopt},
        {"can you show me the open jobs?", intent_kind::list_open_jobs, std::nullopt},
        {"Could you please summarize candidate #3?", intent_kind::summarize_candidate, 3},
        {"hey, match candidates for job #5 please", intent_kind::match_candidates, 5},
        {"Match jobs for candidate no. 7", intent_kind::match_jobs, 7},
        {"pipeline for job number 12", intent_kind::job_applications, 12},
        {"  applications   for   job   5  ", intent_kind::job_applications, 5},
        {"What are the open roles?", intent_kind::list_open_jobs, std::nullopt},
        {"summarise candidate 0042", intent_kind::summarize_candidate, 42},
        {"top candidates for job 9", intent_kind::match_candidates, 9},
        {"tell me about candidate 4", intent_kind::summarize_candidate, 4},
    };
    for (const auto& r : rows) {
        INFO(r.message);
        const auto got = in::parse_intent(r.message);
        CHECK(got.kind == r.kind);
        CHECK(got.number == r.number);
    }
}

TEST_CASE("the rules' order decides between commands that share words", "[intake][intent]") {
    // The number belongs to the noun it follows.
    CHECK(in::parse_intent("match candidates for job 5").kind == intent_kind::match_candidates);
    CHECK(in::parse_intent("match jobs for candidate 5").kind == intent_kind::match_jobs);
    // Applications before matching, matching before summaries, summaries before lists.
    CHECK(in::parse_intent("show the candidates' applications for job 5").kind == intent_kind::job_applications);
    CHECK(in::parse_intent("list jobs for candidate 2").kind == intent_kind::match_jobs);
    CHECK(in::parse_intent("show candidate 2").kind == intent_kind::summarize_candidate);
    CHECK(in::parse_intent("open jobs").kind == intent_kind::list_open_jobs);
    CHECK(in::parse_intent("create a job for a recruiter to list candidates").kind == intent_kind::create_job);
}

TEST_CASE("a command without its number, with an overflowing one, or anything else is help", "[intake][intent]") {
    for (const char* message : {"summarize candidate", "match candidates for job", "match candidates",
                                "applications for job five", "summarize candidate 9223372036854775808",
                                "match jobs for candidate 99999999999999999999999", "hello", "what can you do?",
                                "", "   ", "!!!", "please", "thanks"}) {
        INFO(message);
        const auto got = in::parse_intent(message);
        CHECK(got.kind == intent_kind::help);
        CHECK_FALSE(got.number);
    }
    // The largest id fits.
    CHECK(in::parse_intent("summarize candidate 9223372036854775807").number == INT64_MAX);
}

TEST_CASE("a message of any bytes: invalid UTF-8, NULs, a megabyte of text", "[intake][intent][safety]") {
    CHECK(in::parse_intent("summarize\0 candidate \xFF\xFE 3"s).kind == intent_kind::summarize_candidate);
    std::string words;
    while (words.size() < (1u << 20)) words += "please can you ";
    CHECK(in::parse_intent(words).kind == intent_kind::help);
    std::string jobs;
    while (jobs.size() < (1u << 20)) jobs += "job job candidate ";
    CHECK(in::parse_intent(jobs).kind == intent_kind::list_jobs);
    const std::string create = "create a job for " + std::string(1u << 20, 'x');
    CHECK(in::parse_intent(create).argument.size() == (1u << 20));
}
