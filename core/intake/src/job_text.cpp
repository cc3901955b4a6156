// parse_job_text: each field from its own cues over the cleaned text; the title's span is kept out of the skills.
#include <offertracker/intake/intake.hpp>

#include "amounts.hpp"
#include "job_skills.hpp"
#include "job_title.hpp"
#include "text_scan.hpp"

#include <array>

namespace offertracker::intake {
namespace {

using namespace detail;

struct spelled {
    std::string_view text;   // lower-case
    std::string_view value;  // the field's value
};

// The value of a "Cue: value" line, for the first line that opens with one of the cues.
std::optional<std::string_view> cue_value(const std::vector<line>& lines, std::initializer_list<std::string_view> cues) {
    for (const auto& l : lines) {
        const std::string low = lower(l.text.substr(0, 24));
        for (auto c : cues) {
            if (!starts_with_word(low, c)) continue;
            std::size_t i = c.size();
            while (i < l.text.size() && l.text[i] == ' ') ++i;
            if (i < l.text.size() && l.text[i] == ':') return trim(l.text.substr(i + 1));
        }
    }
    return std::nullopt;
}

constexpr std::array<spelled, 34> departments{{
    {"engineering", "Engineering"},  {"product", "Product"},       {"design", "Design"},
    {"data", "Data"},                {"data science", "Data Science"}, {"sales", "Sales"},
    {"marketing", "Marketing"},      {"finance", "Finance"},       {"operations", "Operations"},
    {"people", "People"},            {"hr", "HR"},                 {"human resources", "Human Resources"},
    {"legal", "Legal"},              {"security", "Security"},     {"infrastructure", "Infrastructure"},
    {"platform", "Platform"},        {"research", "Research"},     {"support", "Support"},
    {"customer success", "Customer Success"}, {"it", "IT"},         {"analytics", "Analytics"},
    {"growth", "Growth"},            {"mobile", "Mobile"},         {"backend", "Backend"},
    {"frontend", "Frontend"},        {"devops", "DevOps"},         {"machine learning", "Machine Learning"},
    {"ml", "Machine Learning"},      {"ai", "AI"},                 {"recruiting", "Recruiting"},
    {"talent", "Talent"},            {"r&d", "R&D"},               {"product engineering", "Product Engineering"},
    {"data engineering", "Data Engineering"},
}};

std::optional<std::string> known_department(std::string_view words_lower) {
    for (const auto& d : departments)
        if (d.text == words_lower) return std::string(d.value);
    return std::nullopt;
}

std::optional<std::string> find_department(std::string_view low, const std::vector<line>& lines) {
    if (auto v = cue_value(lines, {"department", "dept", "team", "org", "division"})) {
        std::string_view value = *v;
        const std::size_t cut = value.find_first_of("(,|;");
        value = trim_field(value.substr(0, cut));
        if (!value.empty() && value.size() <= 60) {
            if (auto known = known_department(lower(value))) return known;
            return title_case(value);
        }
    }
    // "in our Engineering team", "join the Data Science department", "the Platform org".
    for (std::string_view noun : {"team", "department", "dept", "org", "organization", "organisation", "group"}) {
        std::size_t at = 0;
        while ((at = find_word(low, noun, at)) != std::string_view::npos) {
            const std::size_t here = at;
            at += noun.size();
            // Up to two words before the noun, after "our" / "the" / "my".
            std::string_view head = std::string_view(low).substr(0, here);
            if (head.size() > 60) head = head.substr(head.size() - 60);
            const auto words = words_of(head);
            for (std::size_t n = 2; n >= 1; --n) {
                if (words.size() < n + 1) continue;
                const std::string_view opener = words[words.size() - n - 1];
                if (opener != "our" && opener != "the" && opener != "my" && opener != "your") continue;
                const char* b = words[words.size() - n].data();
                const char* e = words.back().data() + words.back().size();
                const std::string_view name(b, static_cast<std::size_t>(e - b));
                if (auto known = known_department(name)) return known;
            }
        }
    }
    return std::nullopt;
}

// The earliest of several spellings (whole words) in low, or npos.
std::size_t earliest(std::string_view low, std::initializer_list<std::string_view> spellings) {
    std::size_t best = std::string_view::npos;
    for (auto s : spellings) best = std::min(best, find_word(low, s));
    return best;
}


std::optional<std::string> find_employment_type(std::string_view text, std::string_view low) {
    struct option {
        std::size_t at;
        std::string_view value;
    };
    // "FT" and "PT" count in capitals only (in the original text); the rest in any case.
    const std::array<option, 5> options{{
        {std::min(earliest(low, {"full-time", "full time", "fulltime", "full-time employee", "permanent"}),
                  find_word(text, "FT")),
         "Full-time"},
        {std::min(earliest(low, {"part-time", "part time", "parttime"}), find_word(text, "PT")), "Part-time"},
        {earliest(low, {"contract", "contractor", "contract-to-hire", "freelance", "freelancer", "c2h", "1099"}),
         "Contract"},
        {earliest(low, {"internship", "intern", "interns", "co-op", "summer intern"}), "Internship"},
        {earliest(low, {"temporary", "temp", "seasonal", "fixed-term"}), "Temporary"},
    }};
    const option* best = nullptr;
    for (const auto& o : options)
        if (o.at != std::string_view::npos && (!best || o.at < best->at)) best = &o;
    if (!best) return std::nullopt;
    return std::string(best->value);
}

std::optional<std::string> find_remote_option(std::string_view low) {
    if (has_word(low, "hybrid")) return "Hybrid";
    std::size_t remote = earliest(low, {"remote", "fully remote", "wfh", "work from home", "work-from-home",
                                        "remote-first", "remote-friendly", "anywhere"});
    std::size_t onsite = earliest(low, {"onsite", "on-site", "on site", "in office", "in-office", "in the office",
                                        "office-based", "in person", "in-person"});
    // "no remote", "not remote": on-site.
    if (remote != std::string_view::npos &&
        ((remote >= 3 && low.substr(remote - 3, 3) == "no ") || (remote >= 4 && low.substr(remote - 4, 4) == "not ")))
        onsite = std::min(onsite, remote), remote = std::string_view::npos;
    if (remote == std::string_view::npos && onsite == std::string_view::npos) return std::nullopt;
    // "anywhere" alone is weak: only with the other spellings absent and the word "work" near it would it count.
    if (remote != std::string_view::npos && low.substr(remote, 8) == "anywhere" &&
        (remote < 10 || low.substr(remote - 10, 10).find("work") == std::string_view::npos) &&
        onsite == std::string_view::npos)
        return std::nullopt;
    return remote < onsite ? std::string("Remote") : std::string("On-site");
}

std::optional<std::string> find_job_location(std::string_view text, const std::vector<line>& lines) {
    if (auto v = cue_value(lines, {"location", "locations", "office", "based in", "where"})) {
        std::string_view value = *v;
        const std::size_t cut = value.find_first_of("(|;/");
        value = trim_field(value.substr(0, cut));
        const std::string low = lower(value);
        if (!value.empty() && low != "remote" && low != "hybrid" && low != "anywhere" && low.find("remote") != 0)
            if (auto l = location_of(value)) return l;
    }
    return find_location(text);
}

}  // namespace

job_fields parse_job_text(std::string_view raw) {
    const std::string text = clean_text(raw);
    const std::string low = lower(text);
    const auto lines = lines_of(text);
    job_fields out;
    std::size_t title_begin = 0;
    std::size_t title_end = 0;
    if (auto t = find_job_title(text)) {
        out.title = std::move(t->value);
        title_begin = t->begin;
        title_end = t->end;
    }
    out.department = find_department(low, lines);
    out.location = find_job_location(text, lines);
    out.employment_type = find_employment_type(text, low);
    out.remote_option = find_remote_option(low);
    const auto pay = find_salary(text);
    out.salary_min = pay.min;
    out.salary_max = pay.max;
    out.currency = pay.currency;
    auto found = find_job_skills(text, title_begin, title_end);
    out.required_skills = std::move(found.required);
    out.nice_to_have_skills = std::move(found.nice_to_have);
    out.min_years = find_years(text, false);
    return out;
}

}  // namespace offertracker::intake
