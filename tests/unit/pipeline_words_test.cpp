// The Pipeline status and source words, both ways, and the lists error messages name.
#include <offertracker/pipeline/words.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace p = offertracker::pipeline;
namespace d = offertracker::domain;

TEST_CASE("status words map both ways, exact lower case only") {
    const std::vector<std::pair<d::application_status, std::string_view>> table{
        {d::application_status::saved, "saved"},         {d::application_status::applied, "applied"},
        {d::application_status::interviewing, "interview"}, {d::application_status::offer, "offer"},
        {d::application_status::rejected, "rejected"},   {d::application_status::accepted, "accepted"},
        {d::application_status::withdrawn, "withdrawn"}};
    for (const auto& row : table) {
        CHECK(p::status_word(row.first) == row.second);
        CHECK(p::status_from_word(row.second) == row.first);
    }
    CHECK_FALSE(p::status_from_word("Saved"));
    CHECK_FALSE(p::status_from_word("interviewing"));
    CHECK_FALSE(p::status_from_word(""));
    CHECK_FALSE(p::status_from_word(" saved"));
    const auto words = p::status_words();
    CHECK(std::vector<std::string_view>(words.begin(), words.end()) ==
          std::vector<std::string_view>{"saved", "applied", "interview", "offer", "rejected", "accepted", "withdrawn"});
}

TEST_CASE("source words: the domain strings lower-cased with underscores, manual for none") {
    for (const auto& [s, text] : d::enum_strings<d::source>::values) {
        std::string word;
        for (char c : text) word += c == ' ' ? '_' : static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        CHECK(p::source_word(s) == word);
        const auto back = p::source_from_word(word);
        REQUIRE(back);
        CHECK(*back == s);
    }
    CHECK(p::source_word(std::nullopt) == "manual");
    const auto manual = p::source_from_word("manual");
    REQUIRE(manual);
    CHECK_FALSE(manual->has_value());
    CHECK(p::source_word(d::source::company_website) == "company_website");
    CHECK(p::source_word(d::source::career_fair) == "career_fair");
    CHECK(p::source_word(d::source::job_board) == "job_board");
    CHECK(p::source_word(d::source::linkedin) == "linkedin");
    CHECK_FALSE(p::source_from_word("LinkedIn"));
    CHECK_FALSE(p::source_from_word("company website"));
    CHECK_FALSE(p::source_from_word(""));
    const auto words = p::source_words();
    CHECK(words.size() == d::enum_strings<d::source>::values.size() + 1);
    CHECK(words.front() == "manual");
    for (auto w : words) CHECK(p::source_from_word(w));
}
