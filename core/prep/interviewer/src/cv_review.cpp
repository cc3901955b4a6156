// CV gaps and suggestions. Skills are compared by canonical name, so an alias in the CV ("k8s") covers the job's
// skill ("Kubernetes"); a name the vocabulary does not know is looked for as whole normalised tokens.
#include "cv_review.hpp"

#include "ascii_text.hpp"
#include "wording.hpp"

#include <offertracker/prep/rubric.hpp>
#include <offertracker/skills/vocabulary.hpp>

#include <algorithm>
#include <unordered_set>

namespace offertracker::prep {
namespace {

namespace sk = offertracker::skills;

// Listed one suggestion each; the rest share one sentence.
constexpr std::size_t max_gap_suggestions = 6;
// A skill name longer than this is no skill: it is reported as a gap without being searched for.
constexpr std::size_t max_skill_form = 120;

struct word {
    std::size_t begin;
    std::size_t end;
};

// Runs of ASCII letters and digits and non-ASCII bytes.
std::vector<word> words_of(std::string_view s) {
    std::vector<word> out;
    std::size_t i = 0;
    while (i < s.size()) {
        auto inside = [&](std::size_t k) { return ascii::is_alnum(s[k]) || static_cast<unsigned char>(s[k]) >= 0x80; };
        if (!inside(i)) {
            ++i;
            continue;
        }
        const std::size_t begin = i;
        while (i < s.size() && inside(i)) ++i;
        out.push_back({begin, i});
    }
    return out;
}

bool is_year(std::string_view w) {
    return w.size() == 4 && (w.starts_with("19") || w.starts_with("20")) &&
           std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A figure that measures something: "40%", "$2M", "10k", "3x", "200 ms", "12 engineers" (not a year, a phone
// number or a date, which every CV has).
bool has_figures(std::string_view cv) {
    static const std::unordered_set<std::string_view> units{
        "users", "customers", "clients", "people", "engineers", "developers", "requests", "services", "teams",
        "members", "reports", "countries", "servers", "projects", "releases", "tickets", "bugs", "percent",
        "million", "thousand", "hundred", "billion", "hours", "days", "weeks", "minutes", "seconds", "ms", "times",
        "deployments", "transactions", "orders", "downloads", "sites", "apps", "students", "employees", "products",
        "markets", "stores", "sales", "revenue", "k", "m", "bn",
    };
    static const std::unordered_set<std::string_view> suffixes{"k", "m", "bn", "x", "ms", "tb", "gb", "pb"};
    const std::string lowered = ascii::lowered(cv);
    const std::string_view text = lowered;
    const std::vector<word> words = words_of(text);
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string_view w = text.substr(words[i].begin, words[i].end - words[i].begin);
        const auto digits = static_cast<std::size_t>(
            std::find_if(w.begin(), w.end(), [](char c) { return c < '0' || c > '9'; }) - w.begin());
        if (digits == 0 || is_year(w)) continue;
        if (digits < w.size() && suffixes.contains(w.substr(digits))) return true;
        if (words[i].end < text.size() && text[words[i].end] == '%') return true;
        const std::string_view before = text.substr(0, words[i].begin);
        if (before.ends_with("$") || before.ends_with("\xE2\x82\xAC") || before.ends_with("\xC2\xA3")) return true;
        if (digits == w.size() && i + 1 < words.size()) {
            const std::string_view gap = text.substr(words[i].end, words[i + 1].begin - words[i].end);
            const bool close = gap.size() <= 2 && std::all_of(gap.begin(), gap.end(), [](char c) {
                                   return c == ' ' || c == '+' || c == ',';
                               });
            if (close && units.contains(text.substr(words[i + 1].begin, words[i + 1].end - words[i + 1].begin))) {
                return true;
            }
        }
    }
    return false;
}

// The title's words that say what the job is ("backend", "engineer"), not its seniority or glue words.
std::vector<std::string> title_words(std::string_view title) {
    static const std::unordered_set<std::string_view> skip{
        "a", "an", "and", "of", "the", "for", "in", "at", "to", "with", "or", "senior", "junior", "sr", "jr",
        "mid", "level", "principal", "staff", "i", "ii", "iii", "iv", "remote", "hybrid", "m", "f", "d", "w",
    };
    const std::string lowered = ascii::lowered(title);
    std::vector<std::string> out;
    for (const word& w : words_of(lowered)) {
        std::string text = lowered.substr(w.begin, w.end - w.begin);
        if (skip.contains(text) || std::find(out.begin(), out.end(), text) != out.end()) continue;
        out.push_back(std::move(text));
    }
    return out;
}

std::string quoted_list(const std::vector<std::string>& words) {
    std::string out;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (i > 0) out += i + 1 == words.size() ? " and " : ", ";
        out += "\"" + words[i] + "\"";
    }
    return out;
}

}  // namespace

skill_mentions::skill_mentions(std::string_view text) : text_(text) {
    for (const sk::found_skill& f : sk::find_skills(text)) canonical_.insert(f.what->name);
}

bool skill_mentions::names(std::string_view skill) const {
    if (const auto canon = sk::canonical(skill)) return canonical_.contains(*canon);
    const std::string form = sk::normalise(skill);
    if (form.empty() || form.size() > max_skill_form) return false;
    if (!forms_) forms_ = " " + sk::normalise(text_) + " ";
    return forms_->find(" " + form + " ") != std::string::npos;
}

std::vector<std::string> cv_gaps(const std::vector<std::string>& job_skills, std::string_view cv_text) {
    const skill_mentions cv(cv_text);
    std::unordered_set<std::string> seen;
    std::vector<std::string> out;
    for (const std::string& skill : job_skills) {
        const auto canon = sk::canonical(skill);
        std::string key = canon ? std::string(*canon) : ascii::key_of(skill);
        if (key.empty() || !seen.insert(std::move(key)).second) continue;
        if (!cv.names(skill)) out.push_back(ascii::one_line(skill));
    }
    return out;
}

std::vector<std::string> cv_suggestions(const std::vector<std::string>& job_skills, std::string_view cv_text,
                                        std::string_view job_title) {
    if (text::is_blank(cv_text)) {
        return {"No CV was uploaded, so it could not be compared with the job: upload it to see which of the job's "
                "skills it never mentions."};
    }
    std::vector<std::string> out;
    const std::vector<std::string> gaps = cv_gaps(job_skills, cv_text);
    for (std::size_t i = 0; i < gaps.size() && i < max_gap_suggestions; ++i) {
        // A soft skill is shown, not listed: the suggestion asks for the story that proves it.
        if (sk::category_of(gaps[i]) == sk::category::soft_skill) {
            out.push_back("Your CV never mentions " + gaps[i] +
                          ", which the job asks for: add a bullet that shows it, with what it achieved.");
        } else {
            out.push_back("Your CV never mentions " + gaps[i] +
                          ", which the job asks for: add a bullet where you used it, with scale or outcome.");
        }
    }
    if (gaps.size() > max_gap_suggestions) {
        out.push_back("Your CV also never mentions " + and_list(std::span(gaps).subspan(max_gap_suggestions)) +
                      " from the job's skills: add the ones you have used, each with where and how.");
    }
    if (!has_figures(cv_text)) {
        out.push_back("Your CV gives no figures for its results: quantify a few bullets (users, %, time saved, "
                      "money) so the impact is visible.");
    }
    const std::string cv_lowered = ascii::lowered(cv_text);
    std::unordered_set<std::string_view> cv_words;
    for (const word& w : words_of(cv_lowered))
        cv_words.insert(std::string_view(cv_lowered).substr(w.begin, w.end - w.begin));
    std::vector<std::string> missing;
    for (std::string& w : title_words(job_title))
        if (!cv_words.contains(w)) missing.push_back(std::move(w));
    if (!missing.empty()) {
        out.push_back("Your CV never uses " + quoted_list(missing) + " from the job title \"" +
                      ascii::one_line(job_title) +
                      "\": where it is true, describe your roles and work in the job's own words.");
    }
    return out;
}

}  // namespace offertracker::prep
