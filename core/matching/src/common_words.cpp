// The word lists of common_words.hpp: one place for every word-by-word scorer.
#include <offertracker/matching/common_words.hpp>

#include <algorithm>
#include <span>

namespace offertracker::matching {
namespace {

constexpr std::string_view stop_words_list[] = {
    "a", "about", "above", "across", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been",
    "being", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "each", "etc", "every", "for",
    "from", "had", "has", "have", "having", "he", "her", "here", "him", "his", "how", "i", "if", "in", "into", "is",
    "it", "its", "just", "me", "more", "most", "my", "no", "nor", "not", "of", "off", "on", "once", "only", "or",
    "other", "our", "ours", "out", "over", "own", "same", "she", "should", "so", "some", "such", "than", "that",
    "the", "their", "them", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under",
    "until", "up", "us", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom",
    "why", "will", "with", "would", "you", "your", "yours",
    // job-ad and resume filler: words almost every profile and every posting has
    "ability", "able", "candidate", "company", "day", "environment", "experience", "experienced", "familiar",
    "familiarity", "good", "great", "ideal", "including", "join", "knowledge", "looking", "must", "new", "nice",
    "plus", "preferred", "proven", "required", "requirements", "responsibilities", "role", "skills", "strong",
    "team", "teams", "using", "work", "working", "year", "years", "yrs", "well", "help", "based", "within"};

constexpr std::string_view seniority_words_list[] = {
    "senior", "sr", "junior", "jr", "lead", "principal", "staff", "head", "mid", "intern",
    "entry", "level", "associate", "chief", "ii", "iii", "iv"};

bool in(std::span<const std::string_view> list, std::string_view word) {
    return std::find(list.begin(), list.end(), word) != list.end();
}

}  // namespace

bool is_common_word(std::string_view word) noexcept { return in(stop_words_list, word); }
bool is_seniority_word(std::string_view word) noexcept { return in(seniority_words_list, word); }

}  // namespace offertracker::matching
