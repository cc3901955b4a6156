// The score_job formula (see scoring.hpp for the table of weights).
#include <offertracker/pipeline/scoring.hpp>

#include <offertracker/intake/intake.hpp>
#include <offertracker/matching/common_words.hpp>
#include <offertracker/skills/vocabulary.hpp>
#include <offertracker/text/ascii.hpp>
#include <offertracker/text/utf8.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <span>
#include <unordered_map>
#include <unordered_set>

namespace offertracker::pipeline {
namespace {

// Besides the seniority words, a title's work-mode words say nothing about the work ("Remote Engineer, full time").
constexpr std::string_view title_noise[] = {"remote", "hybrid", "onsite", "contract", "time", "full"};

bool in(std::span<const std::string_view> list, std::string_view w) {
    return std::find(list.begin(), list.end(), w) != list.end();
}

// Unicode punctuation and spaces that separate words like ASCII punctuation does (bullets, dashes, quotes, NBSP).
bool separator(char32_t cp) {
    return (cp >= 0x80 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7 || (cp >= 0x2000 && cp <= 0x2BFF) ||
           (cp >= 0x3000 && cp <= 0x303F) || cp == 0xFEFF || (cp >= 0xFE30 && cp <= 0xFE6F) ||
           (cp >= 0xFF00 && cp <= 0xFF0F);
}

// The key words of a text in order of appearance (repeats kept; callers dedupe).
std::vector<std::string> key_words(std::string_view text, bool title) {
    std::vector<std::string> out;
    std::string word;
    auto flush = [&] {
        const bool one_ascii_letter = word.size() == 1;
        if (!word.empty() && !one_ascii_letter && !matching::is_common_word(word) &&
            !(title && (matching::is_seniority_word(word) || in(title_noise, word)))) {
            if (word == "developer" || word == "developers" || word == "dev" || word == "programmer" ||
                word == "engineers")
                word = "engineer";
            out.push_back(word);
        }
        word.clear();
    };
    std::size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            word.push_back(c);
            ++i;
        } else if (c >= 'A' && c <= 'Z') {
            word.push_back(static_cast<char>(c - 'A' + 'a'));
            ++i;
        } else if (static_cast<unsigned char>(c) < 0x80) {
            flush();
            ++i;
        } else if (const auto d = text::decode_at(text, i); d && !separator(d->code_point)) {
            word.append(text.substr(i, d->length));
            i += d->length;
        } else {
            flush();
            i += d ? d->length : 1;
        }
    }
    flush();
    return out;
}

// "A", "A and B", "A, B and C", at most `shown` names then "and N more".
std::string list_of(const std::vector<std::string>& items, std::size_t shown = 8) {
    std::string out;
    const std::size_t n = std::min(items.size(), shown);
    for (std::size_t i = 0; i < n; ++i) {
        if (i != 0) out += (i + 1 == n && items.size() <= shown) ? " and " : ", ";
        out += items[i];
    }
    if (items.size() > shown) out += " and " + std::to_string(items.size() - shown) + " more";
    return out;
}

std::string years_text(int n) { return std::to_string(n) + (n == 1 ? " year" : " years"); }

struct seeker {
    std::unordered_set<std::string_view> skills;  // canonical names (static storage of the vocabulary)
    std::unordered_set<std::string> words;
    std::optional<int> years;
};

seeker seeker_of(std::string_view resume, std::string_view profile) {
    seeker s;
    const auto fields = intake::parse_resume_text(resume);
    for (const auto& name : fields.skills)
        if (const auto* k = skills::find(name)) s.skills.insert(k->name);
    for (const auto& f : skills::find_skills(profile)) s.skills.insert(f.what->name);
    for (auto text : {resume, profile})
        for (auto& w : key_words(text, false)) s.words.insert(std::move(w));
    s.years = fields.experience_years;
    return s;
}

bool has_word(const seeker& s, const std::string& w) {
    if (s.words.count(w) != 0) return true;
    const auto* k = skills::find(w);
    return k != nullptr && s.skills.count(k->name) != 0;
}

std::vector<std::string> unique(std::vector<std::string> words) {
    std::vector<std::string> out;
    std::unordered_set<std::string> seen;
    for (auto& w : words)
        if (seen.insert(w).second) out.push_back(std::move(w));
    return out;
}

}  // namespace

std::string_view band_of(int score) noexcept {
    if (score >= 80) return "Excellent";
    if (score >= 60) return "Good";
    if (score >= 40) return "Fair";
    return "Poor";
}

match_score score_job(std::string_view resume_text, std::string_view profile_text, const job_text& job) {
    match_score out;
    const auto fields = intake::parse_job_text(job.description);

    // The job's skills: the description's lists, then a skill only the title names as required.
    std::vector<std::string_view> required, nice;
    std::unordered_set<std::string_view> listed;
    // A soft skill ("communication", "ownership") is never a hard requirement: resumes rarely spell it out.
    auto add = [&](const skills::skill* k, bool as_required) {
        if (k == nullptr || !listed.insert(k->name).second) return;
        (as_required && k->kind != skills::category::soft_skill ? required : nice).push_back(k->name);
    };
    for (const auto& name : fields.required_skills) add(skills::find(name), true);
    for (const auto& name : fields.nice_to_have_skills) add(skills::find(name), false);
    for (const auto& f : skills::find_skills(job.title)) add(f.what, true);

    // Skills are reported in the job's order of first mention: the title, then the description.
    std::unordered_map<std::string_view, std::size_t> mention;
    {
        std::string whole(job.title);
        whole += '\n';
        whole += job.description;
        for (const auto& f : skills::find_skills(whole)) mention.emplace(f.what->name, f.offset);
    }
    auto by_mention = [&](std::string_view a, std::string_view b) {
        const auto ia = mention.find(a), ib = mention.find(b);
        const std::size_t pa = ia == mention.end() ? std::string::npos : ia->second;
        const std::size_t pb = ib == mention.end() ? std::string::npos : ib->second;
        return pa < pb;
    };
    std::stable_sort(required.begin(), required.end(), by_mention);
    std::stable_sort(nice.begin(), nice.end(), by_mention);

    const auto title_words = unique(key_words(job.title, true));
    if (text::is_blank(job.title) && text::is_blank(job.description)) {
        out.band = band_of(0);
        out.reasoning = "The job has no title or description to score against.";
        return out;
    }
    if (text::is_blank(resume_text) && text::is_blank(profile_text)) {
        for (auto name : required) out.missing.emplace_back(name);
        out.band = band_of(0);
        out.reasoning = "There is no resume or profile text to compare with the job.";
        return out;
    }

    const seeker me = seeker_of(resume_text, profile_text);
    std::vector<std::string> sentences;
    double weighted = 0.0, weights = 0.0;

    std::vector<std::string_view> had;
    std::vector<std::string> matched_required, matched_nice;
    for (auto name : required) {
        if (me.skills.count(name)) {
            matched_required.emplace_back(name);
            had.push_back(name);
        } else {
            out.missing.emplace_back(name);
        }
    }
    for (auto name : nice)
        if (me.skills.count(name)) {
            matched_nice.emplace_back(name);
            had.push_back(name);
        }
    std::stable_sort(had.begin(), had.end(), by_mention);
    for (auto name : had) out.matched.emplace_back(name);

    if (!required.empty()) {
        weighted += required_weight * static_cast<double>(matched_required.size()) / static_cast<double>(required.size());
        weights += required_weight;
        const std::string of = std::to_string(required.size());
        std::string s;
        if (matched_required.empty())
            s = "Matches none of the " + of + " required skills; missing " + list_of(out.missing) + ".";
        else if (out.missing.empty())
            s = (required.size() == 1 ? "Matches the one required skill: " : "Matches all " + of + " required skills: ") +
                list_of(matched_required) + ".";
        else
            s = "Matches " + std::to_string(matched_required.size()) + " of " + of + " required skills (" +
                list_of(matched_required) + "); missing " + list_of(out.missing) + ".";
        sentences.push_back(std::move(s));
    }
    if (!nice.empty()) {
        weighted += nice_weight * static_cast<double>(matched_nice.size()) / static_cast<double>(nice.size());
        weights += nice_weight;
        const std::string of = std::to_string(nice.size());
        std::vector<std::string> lacking;
        for (auto name : nice)
            if (!me.skills.count(name)) lacking.emplace_back(name);
        if (matched_nice.empty())
            sentences.push_back("Lacks the nice-to-have " + std::string(nice.size() == 1 ? "skill " : "skills ") +
                                list_of(lacking) + ".");
        else
            sentences.push_back("Has " + std::to_string(matched_nice.size()) + " of " + of + " nice-to-have " +
                                (nice.size() == 1 ? "skill" : "skills") + ": " + list_of(matched_nice) + ".");
    }
    if (required.empty() && nice.empty()) {
        std::vector<std::string> job_words = key_words(job.title, true);
        for (auto& w : key_words(job.description, false)) job_words.push_back(std::move(w));
        job_words = unique(std::move(job_words));
        std::vector<std::string> shared;
        for (const auto& w : job_words)
            if (has_word(me, w)) shared.push_back(w);
        if (!job_words.empty()) {
            const auto saturation = std::min(words_saturation, job_words.size());
            weighted += words_weight * std::min(1.0, static_cast<double>(shared.size()) / static_cast<double>(saturation));
            weights += words_weight;
        }
        sentences.push_back(shared.empty()
                                ? "The job names no known skills, and the resume shares none of its key words."
                                : "The job names no known skills; the resume shares " +
                                      std::to_string(shared.size()) + " of its " + std::to_string(job_words.size()) +
                                      " key words (" + list_of(shared) + ").");
    }
    if (!title_words.empty()) {
        std::vector<std::string> found;
        for (const auto& w : title_words)
            if (has_word(me, w)) found.push_back(w);
        weighted += title_weight * static_cast<double>(found.size()) / static_cast<double>(title_words.size());
        weights += title_weight;
        if (!required.empty() || !nice.empty())
            sentences.push_back(found.empty() ? "None of the title's key words appear in the resume."
                                              : "The resume has " + std::to_string(found.size()) + " of the title's " +
                                                    std::to_string(title_words.size()) + " key words (" +
                                                    list_of(found) + ").");
    }
    if (fields.min_years && *fields.min_years > 0) {
        const int asked = *fields.min_years;
        if (me.years) {
            weighted += experience_weight * std::min(1.0, static_cast<double>(*me.years) / asked);
            weights += experience_weight;
            sentences.push_back("The job asks for " + years_text(asked) + " of experience; the resume shows " +
                                years_text(*me.years) + (*me.years >= asked ? "." : ", short of it."));
        } else {
            sentences.push_back("The job asks for " + years_text(asked) +
                                " of experience; the resume does not state its years.");
        }
    }

    const double value = weights > 0.0 ? 100.0 * weighted / weights : 0.0;
    out.score = std::clamp(static_cast<int>(std::floor(value + 0.5)), 0, 100);
    out.band = band_of(out.score);
    for (std::size_t i = 0; i < sentences.size() && i < 4; ++i) {
        if (i != 0) out.reasoning += ' ';
        out.reasoning += sentences[i];
    }
    return out;
}

}  // namespace offertracker::pipeline
