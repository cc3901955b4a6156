// The planner and the follow-up rule. Randomness comes only from the seed (splitmix64), so a session's plan is the
// same on every call and on every machine.
#include <offertracker/prep/interviewer.hpp>

#include "answer_signals.hpp"
#include "ascii_text.hpp"
#include "skill_questions.hpp"

#include <offertracker/skills/vocabulary.hpp>

#include <algorithm>
#include <numeric>
#include <unordered_map>
#include <unordered_set>

namespace offertracker::prep {
namespace {

namespace sk = offertracker::skills;

constexpr std::size_t max_skill_questions = max_questions / 2;
constexpr std::size_t max_bank_questions = 2;

struct splitmix64 {
    std::uint64_t state;
    std::uint64_t next() noexcept {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
};

bool has_word_byte(std::string_view s) {
    return std::any_of(s.begin(), s.end(),
                       [](char c) { return ascii::is_alnum(c) || static_cast<unsigned char>(c) >= 0x80; });
}

// The job's skills, most-mentioned first (ties in order of first mention). A mention is a sentence or line naming
// the skill, so counting stays one pass of find_skills over the text, piece by piece.
std::vector<std::string_view> ranked_skills(std::string_view text) {
    const std::vector<sk::found_skill> found = sk::find_skills(text);
    std::unordered_map<const sk::skill*, std::size_t> mentions;
    for (const sk::found_skill& f : found) mentions.emplace(f.what, 0);
    std::size_t begin = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        const bool end = i == text.size() || text[i] == '\n' ||
                         ((text[i] == '.' || text[i] == '!' || text[i] == '?') &&
                          (i + 1 == text.size() || text::is_ascii_space(text[i + 1])));
        if (!end) continue;
        const std::string_view piece = text.substr(begin, i - begin);
        begin = i + 1;
        if (!has_word_byte(piece)) continue;
        for (const sk::found_skill& f : sk::find_skills(piece)) {
            if (const auto it = mentions.find(f.what); it != mentions.end()) ++it->second;
        }
    }
    std::vector<std::size_t> order(found.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    auto count = [&](std::size_t k) { return std::max<std::size_t>(mentions[found[k].what], 1); };
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return count(a) > count(b); });
    std::vector<std::string_view> out;
    out.reserve(order.size());
    for (std::size_t k : order) out.push_back(found[k].what->name);
    return out;
}

std::string opener(const plan_inputs& in) {
    const std::string title = ascii::one_line(in.job_title), company = ascii::one_line(in.company_name);
    if (!title.empty() && !company.empty()) {
        return "To start, tell me about yourself and why you want the " + title + " role at " + company + ".";
    }
    if (!title.empty()) return "To start, tell me about yourself and why you want the " + title + " role.";
    if (!company.empty()) return "To start, tell me about yourself and why you want to work at " + company + ".";
    return "To start, tell me about yourself and what you are looking for in your next role.";
}

// The seeker's own questions in planning order: same company and role, same company, same role, then the rest, each
// group in bank order.
std::vector<const domain::bank_question*> ranked_own(const plan_inputs& in) {
    const std::string company = ascii::key_of(in.company_name), role = ascii::key_of(in.job_title);
    auto rank = [&](const domain::bank_question& q) {
        const bool same_company = !company.empty() && ascii::key_of(q.company) == company;
        const bool same_role = !role.empty() && ascii::key_of(q.role) == role;
        return same_company ? (same_role ? 0 : 1) : same_role ? 2 : 3;
    };
    std::vector<std::pair<int, const domain::bank_question*>> ranked;
    ranked.reserve(in.own_questions.size());
    for (const domain::bank_question& q : in.own_questions) ranked.emplace_back(rank(q), &q);
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<const domain::bank_question*> out;
    out.reserve(ranked.size());
    for (const auto& r : ranked) out.push_back(r.second);
    return out;
}

// Texts already in the plan, by ascii::key_of, so no question is asked twice in different spacing or case.
struct text_set {
    std::unordered_set<std::string> keys;
    bool add(std::string_view text) {
        std::string key = ascii::key_of(text);
        return !key.empty() && keys.insert(std::move(key)).second;
    }
};

std::vector<planned_question> behavioural_questions(std::size_t wanted, splitmix64& rng, text_set& used) {
    const auto names = competencies();
    std::vector<std::string_view> order(names.begin(), names.end());
    for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng.next() % i]);
    const auto bank = behavioural_bank();
    std::vector<planned_question> out;
    for (std::string_view competency : order) {
        if (out.size() == wanted) break;
        std::vector<std::string_view> texts;
        for (const behavioural_question& q : bank)
            if (q.competency == competency) texts.push_back(q.text);
        if (texts.empty()) continue;
        const std::size_t start = rng.next() % texts.size();
        for (std::size_t k = 0; k < texts.size(); ++k) {
            const std::string_view text = texts[(start + k) % texts.size()];
            if (used.add(text)) {
                out.push_back({std::string(text), question_source::behavioural, std::string(competency)});
                break;
            }
        }
    }
    return out;
}

bool follow_up_asked(const turn& t) { return t.source == question_source::follow_up; }

// How a follow-up names the answer it reacts to: by its topic, worded for what the topic is.
std::string answer_reference(const turn& t) {
    const std::string topic = ascii::one_line(t.topic);
    if (topic.empty()) return "your answer";
    if (t.source == question_source::bank) return "your answer to that " + topic + " question";
    if (t.source == question_source::behavioural && topic == "motivation") {
        return "your answer about why you want this role";
    }
    return "your answer about " + topic;
}

}  // namespace

std::vector<std::string> job_skills(std::string_view job_description) {
    std::vector<std::string> out;
    for (const sk::found_skill& f : sk::find_skills(job_description)) out.emplace_back(f.what->name);
    return out;
}

std::vector<planned_question> plan_questions(const plan_inputs& in) {
    splitmix64 rng{in.seed};
    text_set used;
    std::vector<planned_question> plan;
    std::string first = opener(in);
    used.add(first);
    plan.push_back({std::move(first), question_source::behavioural, "motivation"});

    std::vector<planned_question> skill_part;
    const std::uint64_t wording = rng.next();
    std::unordered_map<std::size_t, std::uint64_t> per_family;  // skills asked per template family so far
    for (std::string_view skill : ranked_skills(in.job_description)) {
        if (skill_part.size() == max_skill_questions) break;
        std::string text = skill_question(skill, wording + per_family[template_family(skill)]++);
        if (used.add(text)) skill_part.push_back({std::move(text), question_source::skill, std::string(skill)});
    }

    std::vector<planned_question> bank_part;
    for (const domain::bank_question* q : ranked_own(in)) {
        if (bank_part.size() == max_bank_questions) break;
        std::string text = ascii::one_line(q->question);
        if (used.add(text)) {
            bank_part.push_back({std::move(text), question_source::bank, ascii::one_line(q->stage_type)});
        }
    }

    const std::size_t rest =
        static_cast<std::size_t>(max_questions) - plan.size() - skill_part.size() - bank_part.size();
    std::vector<planned_question> behavioural_part = behavioural_questions(rest, rng, used);

    // Interleaved, so an interview alternates between the job's skills, stories and the seeker's own questions.
    std::size_t s = 0, b = 0, k = 0;
    while (s < skill_part.size() || b < behavioural_part.size() || k < bank_part.size()) {
        if (s < skill_part.size()) plan.push_back(std::move(skill_part[s++]));
        if (b < behavioural_part.size()) plan.push_back(std::move(behavioural_part[b++]));
        if (k < bank_part.size()) plan.push_back(std::move(bank_part[k++]));
    }
    return plan;
}

answer_gap gap_of(std::string_view answer) {
    const answer_signals s = read_answer(answer);
    if (s.words < short_answer_words) return answer_gap::too_short;
    if (!s.tells_example()) return answer_gap::no_example;
    if (!s.names_result()) return answer_gap::no_result;
    return answer_gap::none;
}

planned_question follow_up_for(const turn& answered, answer_gap gap) {
    const std::string answer = answer_reference(answered);
    std::string text;
    switch (gap) {
        case answer_gap::too_short:
            text = "That was brief. Could you expand on " + answer +
                   "? Take one real example and walk me through the situation, what you did and how it ended.";
            break;
        case answer_gap::no_example:
            text = "Can you make " + answer +
                   " concrete? Tell me about one specific time: what was happening, what you did yourself, and what "
                   "came of it.";
            break;
        case answer_gap::no_result:
            text = "How did that end? In " + answer +
                   ", what changed because of what you did? Give a number if you can (time, money, users, errors).";
            break;
        case answer_gap::none:
            text = "Looking back on " + answer + ", what would you do differently next time, and why?";
            break;
    }
    return {std::move(text), question_source::follow_up, std::string(answered.topic)};
}

std::optional<planned_question> next_question(const plan_inputs& in, const std::vector<turn>& asked) {
    if (asked.size() >= static_cast<std::size_t>(max_questions)) return std::nullopt;
    std::unordered_set<std::string> asked_texts;
    for (const turn& t : asked) asked_texts.insert(t.question);

    if (!asked.empty()) {
        const turn& last = asked.back();
        const auto follow_ups = std::count_if(asked.begin(), asked.end(), follow_up_asked);
        if (last.answer && !follow_up_asked(last) && follow_ups < 2) {
            if (const answer_gap gap = gap_of(*last.answer); gap != answer_gap::none) {
                planned_question q = follow_up_for(last, gap);
                if (!asked_texts.contains(q.text)) return q;
            }
        }
    }
    for (planned_question& q : plan_questions(in)) {
        if (!asked_texts.contains(q.text)) return std::move(q);
    }
    // Only when the turns hold texts the plan never had (a model's questions): the bank keeps the interview going.
    for (const behavioural_question& q : behavioural_bank()) {
        if (!asked_texts.contains(std::string(q.text))) {
            return planned_question{std::string(q.text), question_source::behavioural, std::string(q.competency)};
        }
    }
    return std::nullopt;
}

}  // namespace offertracker::prep
