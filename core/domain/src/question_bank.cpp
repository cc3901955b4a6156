// The question bank: one pass over the stages with a hash lookup of each parent application.
#include <offertracker/domain/question_bank.hpp>

#include <string_view>
#include <unordered_map>

namespace offertracker::domain {

question_bank collect_questions(const std::vector<application>& applications, const std::vector<stage>& stages) {
    std::unordered_map<std::string_view, const application*> by_id;
    by_id.reserve(applications.size());
    for (const auto& a : applications) by_id.emplace(a.id, &a);

    question_bank out;
    for (const auto& s : stages) {
        auto it = by_id.find(s.application_id);
        if (it == by_id.end()) continue;
        const std::string type = s.stage_type ? std::string(to_string(*s.stage_type)) : s.stage_name;
        for (const auto& q : s.questions_asked)
            out.questions.push_back({q, type, it->second->company_name, it->second->role_title});
    }
    out.total = static_cast<long long>(out.questions.size());
    return out;
}

}  // namespace offertracker::domain
