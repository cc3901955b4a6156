// The naive matching formula (see matching.hpp for the table of weights).
#include <offertracker/matching/matching.hpp>

#include <offertracker/matching/common_words.hpp>
#include <offertracker/skills/vocabulary.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <set>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

namespace offertracker::matching {
namespace {

namespace sk = offertracker::skills;

using term_set = std::set<std::string>;

bool contains(std::span<const std::string_view> list, std::string_view word) {
    return std::find(list.begin(), list.end(), word) != list.end();
}

bool is_token_byte(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// The text's terms: every vocabulary skill it mentions (canonical name), and its other tokens, lowercased, without
// stop words (and, for titles, without seniority words and with the engineer synonyms folded).
void add_terms(std::string_view text, bool title_mode, term_set& out) {
    std::vector<bool> covered(text.size(), false);
    for (const auto& f : sk::find_skills(text)) {
        out.emplace(f.what->name);
        // In a title a multi-word skill also keeps its words ("Business Analyst" shares "analyst" with
        // "Data Analyst"); a one-word skill is its canonical name alone ("Golang Developer" = "Go Engineer").
        const std::string_view span = text.substr(f.offset, f.length);
        if (title_mode && span.find_first_of(" \t-./_&") != std::string_view::npos) continue;
        for (std::size_t i = f.offset; i < f.offset + f.length && i < text.size(); ++i) covered[i] = true;
    }
    std::size_t i = 0;
    while (i < text.size()) {
        if (!is_token_byte(static_cast<unsigned char>(text[i]))) {
            ++i;
            continue;
        }
        std::size_t j = i;
        bool skip = false;
        while (j < text.size() && is_token_byte(static_cast<unsigned char>(text[j]))) {
            if (covered[j]) skip = true;
            ++j;
        }
        if (!skip) {
            std::string token;
            token.reserve(j - i);
            for (std::size_t k = i; k < j; ++k) token.push_back(lower(text[k]));
            const bool ascii_single = token.size() == 1 && static_cast<unsigned char>(token[0]) < 0x80;
            if (!ascii_single && !is_common_word(token) &&
                !(title_mode && is_seniority_word(token))) {
                if (title_mode && (token == "developer" || token == "dev" || token == "programmer" ||
                                   token == "eng" || token == "engineers" || token == "developers")) {
                    token = "engineer";
                }
                // A later mention of a skill (find_skills reports the first) or a bare spelling is still the skill.
                if (const sk::skill* s = sk::find(token)) {
                    out.emplace(s->name);
                } else {
                    out.insert(std::move(token));
                }
            }
        }
        i = j;
    }
}

term_set terms_of(std::string_view text, bool title_mode) {
    term_set out;
    add_terms(text, title_mode, out);
    return out;
}

double dice(const term_set& a, const term_set& b) {
    if (a.empty() || b.empty()) return 0.0;
    std::size_t shared = 0;
    for (const auto& t : a) shared += b.count(t);
    return 2.0 * static_cast<double>(shared) / static_cast<double>(a.size() + b.size());
}

struct job_skill {
    std::string key;      // normalised canonical name, or the normalised string for an unknown skill
    std::string display;  // canonical name, or the trimmed string
    bool known;
};

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r')) {
        s.remove_prefix(1);
    }
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r')) {
        s.remove_suffix(1);
    }
    return s;
}

// One skill string -> the skills it names (see matching.hpp).
void resolve(std::string_view raw, std::vector<job_skill>& out, std::unordered_set<std::string>& seen) {
    const std::string_view text = trim(raw);
    if (text.empty()) return;
    auto push = [&](std::string key, std::string display, bool known) {
        if (key.empty() || !seen.insert(key).second) return;
        out.push_back({std::move(key), std::move(display), known});
    };
    if (const auto name = sk::canonical(text)) {
        push(sk::normalise(*name), std::string(*name), true);
        return;
    }
    const auto found = sk::find_skills(text);
    if (!found.empty()) {
        for (const auto& f : found) push(sk::normalise(f.what->name), std::string(f.what->name), true);
        return;
    }
    push(sk::normalise(text), std::string(text), false);
}

struct candidate_view {
    std::unordered_set<std::string> skill_keys;  // normalised canonical names (and unknown listed skills)
    std::string normalised_text;                 // " " + normalise(whole profile) + " "
    term_set title_terms;
    term_set headline_terms;
    term_set profile_terms;
};

candidate_view view_of(const candidate_profile& c) {
    candidate_view v;
    std::vector<job_skill> listed;
    std::unordered_set<std::string> seen;
    for (const auto& s : c.skills) resolve(s, listed, seen);
    for (const auto& s : listed) {
        v.skill_keys.insert(s.key);
        if (s.known) v.profile_terms.insert(s.display);
    }
    for (const std::string* field : {&c.title, &c.headline, &c.notes, &c.resume_text}) {
        for (const auto& f : sk::find_skills(*field)) v.skill_keys.insert(sk::normalise(f.what->name));
    }
    std::string all;
    for (const std::string* field : {&c.title, &c.headline, &c.current_company, &c.notes, &c.resume_text}) {
        all += *field;
        all += '\n';
        add_terms(*field, false, v.profile_terms);
    }
    for (const auto& s : c.skills) {
        all += s;
        all += '\n';
    }
    v.normalised_text = " " + sk::normalise(all) + " ";
    v.title_terms = terms_of(c.title, true);
    v.headline_terms = terms_of(c.headline, true);
    return v;
}

bool has_skill(const candidate_view& v, const job_skill& s) {
    if (v.skill_keys.count(s.key) != 0) return true;
    return !s.known && v.normalised_text.find(" " + s.key + " ") != std::string::npos;
}

std::string join(const std::vector<std::string>& items, std::size_t at_most) {
    std::string out;
    for (std::size_t i = 0; i < items.size() && i < at_most; ++i) {
        if (i != 0) out += ", ";
        out += items[i];
    }
    if (items.size() > at_most) out += ", ...";
    return out;
}

struct job_view {
    std::vector<job_skill> required;
    std::vector<job_skill> nice;
    term_set title_terms;
    term_set description_terms;
};

job_view view_of(const job_profile& j) {
    job_view v;
    std::unordered_set<std::string> seen;
    for (const auto& s : j.required_skills) resolve(s, v.required, seen);
    for (const auto& s : j.nice_to_have_skills) resolve(s, v.nice, seen);  // a required skill is not also nice
    v.title_terms = terms_of(j.title, true);
    v.description_terms = terms_of(j.description, false);
    return v;
}

match score_views(const job_profile& job, const job_view& jv, const candidate_profile& cand,
                  const candidate_view& cv) {
    match m;
    double weighted = 0.0;
    double weights = 0.0;

    if (!jv.required.empty()) {
        for (const auto& s : jv.required) {
            (has_skill(cv, s) ? m.matched_required : m.missing_required).push_back(s.display);
        }
        weighted += required_weight * static_cast<double>(m.matched_required.size()) /
                    static_cast<double>(jv.required.size());
        weights += required_weight;
    }
    if (!jv.nice.empty()) {
        for (const auto& s : jv.nice) {
            if (has_skill(cv, s)) m.matched_nice.push_back(s.display);
        }
        weighted += nice_weight * static_cast<double>(m.matched_nice.size()) / static_cast<double>(jv.nice.size());
        weights += nice_weight;
    }
    if (!jv.title_terms.empty()) {
        m.title_similarity = std::max(dice(jv.title_terms, cv.title_terms), dice(jv.title_terms, cv.headline_terms));
        weighted += title_weight * m.title_similarity;
        weights += title_weight;
    }
    if (!jv.description_terms.empty()) {
        for (const auto& t : jv.description_terms) {
            if (cv.profile_terms.count(t) != 0) m.shared_terms.push_back(t);
        }
        const auto saturation = std::min(description_saturation, jv.description_terms.size());
        m.description_overlap =
            std::min(1.0, static_cast<double>(m.shared_terms.size()) / static_cast<double>(saturation));
        weighted += description_weight * m.description_overlap;
        weights += description_weight;
    }

    double value = weights > 0.0 ? 100.0 * weighted / weights : 0.0;
    if (value > 0.0 && job.min_years && cand.years_experience) {
        // 64-bit: any two ints subtract without overflow
        const long long shortfall = static_cast<long long>(*job.min_years) - *cand.years_experience;
        const double adjustment =
            shortfall <= 0 ? experience_bonus
                           : -std::min(experience_penalty_max,
                                       experience_penalty_per_year * static_cast<double>(shortfall));
        m.experience_adjustment = static_cast<int>(adjustment);
        value += adjustment;
    }
    value = std::clamp(value, 0.0, 100.0);
    m.score = static_cast<int>(std::floor(value + 0.5));

    // The reason: required skills first (matched, then missing), then what else contributed.
    std::string& r = m.reason;
    if (jv.required.empty()) {
        r = "No required skills listed.";
    } else {
        r = m.matched_required.empty() ? "Matched no required skills"
                                       : "Matched required skills: " + join(m.matched_required, 12);
        r += m.missing_required.empty() ? "; none missing." : ". Missing required skills: " +
                                                                  join(m.missing_required, 12) + ".";
    }
    if (!m.matched_nice.empty()) r += " Nice-to-have: " + join(m.matched_nice, 12) + ".";
    if (m.title_similarity > 0.0) {
        r += " Title similarity " + std::to_string(static_cast<int>(std::floor(m.title_similarity * 100.0 + 0.5))) +
             "%.";
    }
    if (!m.shared_terms.empty()) r += " Overlapping terms include: " + join(m.shared_terms, 8) + ".";
    if (m.experience_adjustment) {
        r += " Experience: " + std::to_string(*cand.years_experience) +
             (*cand.years_experience == 1 ? " year for " : " years for ") +
             std::to_string(*job.min_years) + " required (" + (*m.experience_adjustment >= 0 ? "+" : "") +
             std::to_string(*m.experience_adjustment) + ").";
    }
    return m;
}

void order(std::vector<ranked>& out, std::size_t limit) {
    std::stable_sort(out.begin(), out.end(), [](const ranked& a, const ranked& b) {
        if (a.result.score != b.result.score) return a.result.score > b.result.score;
        return a.id < b.id;
    });
    if (out.size() > limit) out.resize(limit);
}

}  // namespace

match score(const job_profile& job, const candidate_profile& candidate) {
    return score_views(job, view_of(job), candidate, view_of(candidate));
}

std::vector<ranked> rank_candidates(const job_profile& job, std::span<const candidate_profile> candidates,
                                    std::size_t limit) {
    const job_view jv = view_of(job);
    std::vector<ranked> out;
    for (const auto& c : candidates) {
        match m = score_views(job, jv, c, view_of(c));
        if (m.score > 0) out.push_back({c.id, std::move(m)});
    }
    order(out, limit);
    return out;
}

std::vector<ranked> rank_jobs(const candidate_profile& candidate, std::span<const job_profile> jobs,
                              std::size_t limit) {
    const candidate_view cv = view_of(candidate);
    std::vector<ranked> out;
    for (const auto& j : jobs) {
        match m = score_views(j, view_of(j), candidate, cv);
        if (m.score > 0) out.push_back({j.id, std::move(m)});
    }
    order(out, limit);
    return out;
}

}  // namespace offertracker::matching
