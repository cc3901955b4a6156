// parse_resume_text: the header (the lines above the first section heading) gives the name, headline, location and
// website; the experience section gives the current role and the span of dated roles; contacts and skills come from
// the whole text.
#include <offertracker/intake/intake.hpp>

#include "amounts.hpp"
#include "contacts.hpp"
#include "job_title.hpp"
#include "text_scan.hpp"

#include <offertracker/skills/vocabulary.hpp>

#include <algorithm>
#include <array>

namespace offertracker::intake {
namespace {

using namespace detail;

constexpr std::array<std::string_view, 22> experience_headings{
    "experience",         "work experience",    "professional experience", "employment",
    "employment history", "work history",       "career history",          "relevant experience",
    "experience history", "professional history", "career",                "positions",
    "industry experience", "technical experience", "work",                "experiences",
    "professional background", "career experience", "job history",         "engineering experience",
    "recent experience",  "selected experience",
};
constexpr std::array<std::string_view, 40> other_headings{
    "education",   "skills",          "technical skills", "projects",         "certifications", "summary",
    "profile",     "about",           "about me",         "objective",        "languages",      "interests",
    "awards",      "publications",    "volunteer",        "volunteering",     "references",     "contact",
    "core competencies", "achievements", "courses",       "training",         "professional summary",
    "personal projects", "open source", "hobbies",        "skills & tools",   "tools",          "key skills",
    "selected projects", "certificates", "honors",        "talks",            "patents",        "expertise",
    "technologies", "tech stack",     "core skills",      "qualifications",   "career summary",
};
constexpr std::array<std::string_view, 22> not_name_words{
    "resume", "résumé", "curriculum", "vitae", "cv", "page", "contact", "summary", "profile", "street",
    "road", "avenue", "inc", "llc", "ltd", "university", "college", "senior", "junior", "staff", "experience",
    "skills",
};
constexpr std::array<std::string_view, 12> particles{"van", "von", "de", "da", "del", "der", "la", "le", "di",
                                                     "bin", "al", "du"};

// Which heading a line is, if any: its text without a trailing ":" matches a heading, any case.
enum class heading { none, experience, other };
heading heading_of(std::string_view l) {
    std::string_view body = trim(l);
    while (!body.empty() && (body.back() == ':' || body.back() == ' ')) body.remove_suffix(1);
    if (body.empty() || body.size() > 40) return heading::none;
    const std::string low = lower(body);
    for (auto h : experience_headings)
        if (low == h) return heading::experience;
    for (auto h : other_headings)
        if (low == h) return heading::other;
    return heading::none;
}

bool contact_like(std::string_view s) {
    const std::string low = lower(s);
    if (s.find('@') != std::string_view::npos || low.find("http") != std::string::npos ||
        low.find("www.") != std::string::npos || low.find("linkedin") != std::string::npos ||
        low.find("github") != std::string::npos || low.find(".com") != std::string::npos)
        return true;
    std::size_t digits = 0;
    for (char c : s) digits += is_digit(c);
    return digits >= 7;
}

// Splits a header line into its fields: "|", "·" (cleaned to "|"), "•" (cleaned to "*"), tabs, " - ", runs of
// spaces.
std::vector<std::string_view> segments_of(std::string_view l) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= l.size(); ++i) {
        const bool end = i == l.size();
        std::size_t width = 0;
        if (!end) {
            if (l[i] == '|' || l[i] == '*' || l[i] == '\t') width = 1;  // bullets ("•") are cleaned to "*"
            else if (l[i] == '-' && i > 0 && l[i - 1] == ' ' && i + 1 < l.size() && l[i + 1] == ' ') width = 1;
            else if (l[i] == ' ' && i + 2 < l.size() && l[i + 1] == ' ' && l[i + 2] == ' ') width = 3;
        }
        if (end || width) {
            const auto seg = trim_field(trim(l.substr(start, i - start)));
            if (!seg.empty()) out.push_back(seg);
            if (end) break;
            start = i + width;
            i += width - 1;
        }
    }
    return out;
}

bool name_word(std::string_view w) {
    if (w.empty() || w.size() > 30) return false;
    const unsigned char first = static_cast<unsigned char>(w.front());
    if (!(is_upper(w.front()) || first >= 0x80)) {
        const std::string low = lower(w);
        return std::find(particles.begin(), particles.end(), low) != particles.end();
    }
    for (char c : w)
        if (!(is_alpha(c) || static_cast<unsigned char>(c) >= 0x80 || c == '-' || c == '\'' || c == '.')) return false;
    return true;
}

std::optional<std::string> name_from(std::string_view s) {
    s = trim_field(s);
    // Honorifics are not part of the name: "Dr. Ravi Patel" is "Ravi Patel".
    for (std::string_view title : {"dr. ", "dr ", "mr. ", "mrs. ", "ms. ", "prof. ", "mx. "})
        if (lower(s.substr(0, title.size())) == title) s = trim(s.substr(title.size()));
    if (s.empty() || s.size() > 60 || contact_like(s)) return std::nullopt;
    for (char c : s)
        if (is_digit(c) || c == '@' || c == ':' || c == ',' || c == '/') return std::nullopt;
    std::vector<std::string_view> words;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && s[i] == ' ') ++i;
        std::size_t j = i;
        while (j < s.size() && s[j] != ' ') ++j;
        if (j > i) words.push_back(s.substr(i, j - i));
        i = j;
    }
    if (words.size() < 2 || words.size() > 4) return std::nullopt;
    std::size_t capitalised = 0;
    for (auto w : words) {
        if (!name_word(w)) return std::nullopt;
        const std::string low = lower(w);
        if (std::find(not_name_words.begin(), not_name_words.end(), low) != not_name_words.end() || is_role_word(w))
            return std::nullopt;
        capitalised += !std::any_of(w.begin(), w.end(), is_lower) || is_upper(w.front()) ||
                       static_cast<unsigned char>(w.front()) >= 0x80;  // "Álvarez": no ASCII case to test
    }
    if (capitalised < 2 || heading_of(s) != heading::none || is_place(s) || has_role_word(s)) return std::nullopt;
    if (skills::find_skills(s).size() >= 2) return std::nullopt;
    return title_case(s);
}

bool year_word(std::string_view w) {
    return w.size() == 4 && is_digit(w[0]) && is_digit(w[1]) && is_digit(w[2]) && is_digit(w[3]) &&
           (w.substr(0, 2) == "19" || w.substr(0, 2) == "20");
}
bool present_word(std::string_view low) {
    return low == "present" || low == "current" || low == "now" || low == "today" || low == "date" ||
           low == "ongoing" || low == "currently";
}
bool date_word(std::string_view w) {
    static constexpr std::array<std::string_view, 32> words{
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "january", "february", "march", "april", "june", "july", "august", "september", "october",
        "november", "december", "to", "till", "until", "since", "summer", "fall", "spring", "winter"};
    const std::string low = lower(w);
    if (year_word(w) || present_word(low)) return true;
    if (std::all_of(w.begin(), w.end(), is_digit) && w.size() <= 2) return true;  // "01/2019"
    std::string_view stem = low;
    if (!stem.empty() && stem.back() == '.') stem.remove_suffix(1);
    return std::find(words.begin(), words.end(), stem) != words.end();
}
bool date_part(std::string_view part) {
    const auto words = words_of(part);
    if (words.empty()) return false;
    bool dated = false;
    for (auto w : words) {
        if (!date_word(w)) return false;
        dated = dated || year_word(w) || present_word(lower(w));
    }
    return dated;
}

struct part {
    std::string_view text;
    bool after_at;  // it followed " at " or " @ "
};

// A role line's parts: split at "|", "(", ")", ",", ";", ":", " - ", " at ", " @ ", then dates and places dropped.
std::vector<part> role_parts(std::string_view l) {
    std::vector<part> out;
    std::size_t start = 0;
    bool at_next = false;
    auto flush = [&](std::size_t end, bool next_after_at) {
        const auto seg = trim_field(trim(l.substr(start, end - start)));
        if (!seg.empty() && !date_part(seg) && !is_place(seg)) out.push_back({seg, at_next});
        at_next = next_after_at;
    };
    for (std::size_t i = 0; i < l.size(); ++i) {
        const char c = l[i];
        if (c == '|' || c == '(' || c == ')' || c == ',' || c == '[' || c == ']' || c == ';' || c == ':') {
            flush(i, false);
            start = i + 1;
        } else if (c == ' ' && (l.compare(i, 4, " at ") == 0 || l.compare(i, 3, " @ ") == 0)) {
            const std::size_t w = l.compare(i, 4, " at ") == 0 ? 4 : 3;
            flush(i, true);
            start = i + w;
            i += w - 1;
        } else if (c == '-' && i > 0 && l[i - 1] == ' ' && i + 1 < l.size() && l[i + 1] == ' ') {
            flush(i, false);
            start = i + 1;
        }
    }
    flush(l.size(), false);
    return out;
}

struct role {
    std::optional<std::string> title;
    std::optional<std::string> company;
};

std::string clean_company(std::string_view s) { return std::string(trim_field(s)); }

role role_from(std::string_view first, std::string_view second) {
    role r;
    const auto parts = role_parts(first);
    if (parts.empty()) return r;
    // "Title at Company".
    for (std::size_t i = 1; i < parts.size(); ++i)
        if (parts[i].after_at) {
            r.title = title_case(parts[i - 1].text);
            r.company = clean_company(parts[i].text);
            return r;
        }
    std::optional<std::size_t> title_index;
    for (std::size_t i = 0; i < parts.size(); ++i)
        if (has_role_word(parts[i].text)) {
            title_index = i;
            break;
        }
    if (parts.size() >= 2) {
        const std::size_t t = title_index.value_or(0);
        r.title = title_case(parts[t].text);
        r.company = clean_company(parts[t == 0 ? 1 : 0].text);
        return r;
    }
    // One part: the other field is on the next line ("Staff Engineer\nTechCorp | 2019 - present").
    const auto next = role_parts(second);
    if (title_index) {
        r.title = title_case(parts[0].text);
        for (const auto& p : next)
            if (!has_role_word(p.text)) {
                r.company = clean_company(p.text);
                break;
            }
    } else {
        r.company = clean_company(parts[0].text);
        for (const auto& p : next)
            if (has_role_word(p.text)) {
                r.title = title_case(p.text);
                break;
            }
    }
    return r;
}

// The span of the dated roles: the earliest start year to the latest end ("present" is present_year).
std::optional<int> span_of_roles(const std::vector<line>& lines, std::size_t from, std::size_t to, int present_year) {
    std::optional<int> earliest;
    std::optional<int> latest;
    for (std::size_t i = from; i < to; ++i) {
        const auto words = words_of(lines[i].text);
        std::vector<int> years;
        bool present = false;
        for (auto w : words) {
            if (year_word(w)) years.push_back((w[0] - '0') * 1000 + (w[1] - '0') * 100 + (w[2] - '0') * 10 + (w[3] - '0'));
            else if (present_word(lower(w))) present = present || !years.empty();
        }
        if (years.empty() || (years.size() < 2 && !present)) continue;
        const int start = years.front();
        const int end = present ? std::max(present_year, years.back()) : *std::max_element(years.begin(), years.end());
        earliest = std::min(earliest.value_or(start), start);
        latest = std::max(latest.value_or(end), end);
    }
    if (!earliest || !latest || *latest < *earliest || *latest - *earliest > 60) return std::nullopt;
    return *latest - *earliest;
}

// The text with emails and URLs blanked: "github.com/jane" and "https://" mention no skill (GitHub, HTTP).
std::string without_addresses(std::string_view text) {
    std::string out(text);
    std::size_t i = 0;
    while (i < out.size()) {
        if (out[i] == ' ' || out[i] == '\t' || out[i] == '\n' || out[i] == '|') {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < out.size() && out[j] != ' ' && out[j] != '\t' && out[j] != '\n' && out[j] != '|') ++j;
        const std::string low = lower(std::string_view(out).substr(i, j - i));
        if (low.find('@') != std::string::npos || low.find("://") != std::string::npos ||
            low.find("www.") != std::string::npos || low.find("linkedin.com") != std::string::npos ||
            low.find("github.com") != std::string::npos || low.find("github.io") != std::string::npos)
            std::fill(out.begin() + static_cast<std::ptrdiff_t>(i), out.begin() + static_cast<std::ptrdiff_t>(j), ' ');
        i = j;
    }
    return out;
}

int latest_year(std::string_view text) {
    int latest = 0;
    for (std::size_t i = 0; i + 4 <= text.size(); ++i) {
        if ((i > 0 && is_word_byte(text[i - 1])) || (i + 4 < text.size() && is_word_byte(text[i + 4]))) continue;
        const auto w = text.substr(i, 4);
        if (year_word(w)) latest = std::max(latest, (w[0] - '0') * 1000 + (w[1] - '0') * 100 + (w[2] - '0') * 10 + (w[3] - '0'));
    }
    return latest;
}

resume_fields parse(std::string_view raw, std::optional<int> present_year) {
    const std::string text = clean_text(raw);
    const auto lines = lines_of(text);
    resume_fields out;

    // The header: the lines above the first heading, at most 12 non-empty ones.
    std::size_t header_end = 0;
    for (std::size_t seen = 0; header_end < lines.size(); ++header_end) {
        if (heading_of(lines[header_end].text) != heading::none) break;
        if (!lines[header_end].text.empty() && ++seen > 12) break;
    }
    const std::size_t header_bytes =
        header_end < lines.size() ? lines[header_end].offset : text.size();
    const std::string_view header_text = std::string_view(text).substr(0, header_bytes);

    // Name: a "Name:" cue, else the first header segment that reads as a name; what follows it on its line is
    // a headline candidate.
    std::optional<std::size_t> name_line;
    std::optional<std::string> rest_of_name_line;
    for (std::size_t i = 0; i < header_end && !out.full_name; ++i) {
        std::string_view l = lines[i].text;
        if (lower(l.substr(0, 5)) == "name:") l = trim(l.substr(5));
        const auto segs = segments_of(l);
        for (std::size_t s = 0; s < segs.size() && s < 2; ++s)
            if (auto n = name_from(segs[s])) {
                out.full_name = std::move(n);
                name_line = i;
                for (std::size_t r = s + 1; r < segs.size(); ++r)
                    if (!contact_like(segs[r]) && !is_place(segs[r]) && !rest_of_name_line) rest_of_name_line = std::string(segs[r]);
                break;
            }
    }

    out.email = find_email(text);
    out.phone = find_phone(header_end > 0 ? header_text : std::string_view(text));
    if (!out.phone) out.phone = find_phone(text);
    auto urls = find_profile_urls(text, header_text);
    out.linkedin_url = std::move(urls.linkedin);
    out.github_url = std::move(urls.github);
    out.website_url = std::move(urls.website);

    // Headline: the rest of the name line, else the first header line under the name that is not contact
    // details or a place.
    if (rest_of_name_line && words_of(*rest_of_name_line).size() <= 15) out.headline = rest_of_name_line;
    for (std::size_t i = name_line.value_or(0) + 1; name_line && !out.headline && i < header_end && i <= *name_line + 3; ++i) {
        std::string_view l = lines[i].text;
        if (l.empty()) continue;
        if (lower(l.substr(0, 9)) == "headline:") l = trim(l.substr(9));
        std::string kept;
        for (auto seg : segments_of(l)) {
            if (contact_like(seg) || is_place(seg) || lower(seg).rfind("location", 0) == 0) continue;
            if (!kept.empty()) kept += " | ";
            kept += seg;
        }
        if (kept.empty()) continue;
        const auto words = words_of(kept);
        if (words.size() <= 15 && kept.size() <= 120 && !(kept.back() == '.' && words.size() > 10)) out.headline = kept;
        break;
    }

    // Location: a cue, else the first place in the header outside the name.
    for (std::size_t i = 0; i < header_end && !out.location; ++i) {
        std::string_view l = lines[i].text;
        const std::string low = lower(l.substr(0, 12));
        for (std::string_view cue : {"location:", "address:", "based in"})
            if (low.rfind(cue, 0) == 0) out.location = location_of(l.substr(cue.size()));
    }
    for (std::size_t i = 0; i < header_end && !out.location; ++i) {
        if (name_line && i == *name_line) {
            const auto segs = segments_of(lines[i].text);
            for (std::size_t s = 1; s < segs.size() && !out.location; ++s) out.location = find_location(segs[s]);
            continue;
        }
        for (auto seg : segments_of(lines[i].text))
            if ((out.location = find_location(seg))) break;
    }

    // The experience section and its first role.
    std::optional<std::size_t> exp_begin;
    std::size_t exp_end = lines.size();
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const auto h = heading_of(lines[i].text);
        if (!exp_begin && h == heading::experience) exp_begin = i + 1;
        else if (exp_begin && h != heading::none) {
            exp_end = i;
            break;
        }
    }
    if (exp_begin) {
        for (std::size_t i = *exp_begin; i < exp_end; ++i) {
            if (lines[i].text.empty()) continue;
            std::string_view second;
            for (std::size_t k = i + 1; k < exp_end; ++k)
                if (!lines[k].text.empty()) {
                    second = lines[k].text;
                    break;
                }
            if (words_of(lines[i].text).size() > 16) continue;
            auto r = role_from(lines[i].text, second);
            if (r.title || r.company) {
                out.current_title = std::move(r.title);
                out.current_company = std::move(r.company);
                break;
            }
        }
    }
    if (!out.current_title) {
        // No section: "Staff Engineer at TechCorp" anywhere below the name.
        for (std::size_t i = name_line.value_or(0) + 1; i < lines.size() && i < 400; ++i) {
            const std::string_view l = lines[i].text;
            const std::size_t at = l.find(" at ");
            if (at == std::string_view::npos || at > 120) continue;
            std::string_view before = l.substr(0, at);
            const std::string low = lower(before);
            for (std::string_view lead : {"currently ", "i am a ", "i'm a ", "working as a ", "working as "})
                if (const auto p = low.find(lead); p != std::string::npos) before = before.substr(p + lead.size());
            auto t = title_from(before, 0, true);
            if (!t) continue;
            const auto parts = role_parts(l.substr(at + 4));
            if (parts.empty()) continue;
            out.current_title = std::move(t->value);
            std::string_view company = parts.front().text;
            if (const auto dot = company.find(". "); dot != std::string_view::npos) company = company.substr(0, dot);
            out.current_company = clean_company(company);
            break;
        }
    }

    out.experience_years = find_years(text, true);
    if (!out.experience_years) {
        const int present = present_year ? *present_year : latest_year(text);
        out.experience_years = exp_begin ? span_of_roles(lines, *exp_begin, exp_end, present)
                                         : span_of_roles(lines, 0, lines.size(), present);
    }

    // Skills: the whole text, less addresses and the employers named on role lines ("Stripe - Senior Product
    // Manager", "Engineer at Shopify"): an employer is not a skill the candidate claims.
    std::string for_skills = without_addresses(text);
    if (exp_begin)
        for (std::size_t i = *exp_begin; i < exp_end; ++i) {
            if (words_of(lines[i].text).size() > 16) continue;
            const auto parts = role_parts(lines[i].text);
            if (parts.size() < 2) continue;
            bool role = false;
            for (const auto& p : parts) role = role || has_role_word(p.text);
            if (!role) continue;
            // The employer: the part after " at ", else the first part without a role word (not a skill list
            // later on the line: "Engineer at Nike (2021 - present): Java, Kafka").
            const part* employer = nullptr;
            for (const auto& p : parts)
                if (p.after_at) {
                    employer = &p;
                    break;
                }
            for (std::size_t k = 0; !employer && k < parts.size(); ++k)
                if (!has_role_word(parts[k].text)) employer = &parts[k];
            if (employer) {
                const auto at = static_cast<std::size_t>(employer->text.data() - text.data());
                std::fill_n(for_skills.begin() + static_cast<std::ptrdiff_t>(at), employer->text.size(), ' ');
            }
        }
    for (const auto& f : skills::find_skills(for_skills)) out.skills.emplace_back(f.what->name);
    return out;
}

}  // namespace

resume_fields parse_resume_text(std::string_view text) { return parse(text, std::nullopt); }
resume_fields parse_resume_text(std::string_view text, int present_year) { return parse(text, present_year); }

}  // namespace offertracker::intake
