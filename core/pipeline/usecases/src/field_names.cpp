#include "field_names.hpp"

#include <array>
#include <string_view>
#include <utility>

namespace offertracker::pipeline {
namespace {

constexpr std::array<std::pair<std::string_view, std::string_view>, 6> renames{{
    {"role_title", "job_title"},
    {"description", "job_description"},
    {"url", "job_url"},
    {"applied_source", "source"},
    {"work_mode", "is_remote"},
    {"display_name", "name"},
}};

}  // namespace

void rename_fields(domain::error& e) {
    for (auto& f : e.field_errors) {
        if (f.path.empty()) continue;
        for (const auto& [from, to] : renames)
            if (f.path.front() == from) f.path.front() = std::string{to};
        if (!f.other.empty())
            for (const auto& [from, to] : renames)
                if (f.other == from) f.other = std::string{to};
    }
}

}  // namespace offertracker::pipeline
