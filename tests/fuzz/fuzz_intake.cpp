// libFuzzer target: the intake parsers (core/intake). Input: any bytes, read as a job text, a resume and a chat
// message. Besides not crashing, every text field must be valid UTF-8 without NUL (the parsers clean their input),
// a salary range must be ordered and a create_job argument is the only argument.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

#include <offertracker/intake/intake.hpp>

namespace {

bool valid_utf8(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        const auto b = static_cast<unsigned char>(s[i]);
        const std::size_t n = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
        if (n == 0 || i + n > s.size()) return false;
        for (std::size_t k = 1; k < n; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
        i += n;
    }
    return true;
}

void require_text(const std::optional<std::string>& field) {
    if (field && (!valid_utf8(*field) || field->find('\0') != std::string::npos)) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    namespace in = offertracker::intake;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto job = in::parse_job_text(text);
    for (const auto* f : {&job.title, &job.department, &job.location, &job.employment_type, &job.remote_option,
                          &job.currency})
        require_text(*f);
    if (job.salary_min && job.salary_max && *job.salary_min > *job.salary_max) std::abort();
    const auto resume = in::parse_resume_text(text);
    for (const auto* f : {&resume.full_name, &resume.email, &resume.phone, &resume.linkedin_url, &resume.github_url,
                          &resume.website_url, &resume.headline, &resume.location, &resume.current_title,
                          &resume.current_company})
        require_text(*f);
    const auto intent = in::parse_intent(text);
    if (intent.kind != in::intent_kind::create_job && !intent.argument.empty()) std::abort();
    return 0;
}
