// The recruiter agent: chat, a job from a prompt or an uploaded job req, a candidate from an uploaded resume.
#include <offertracker/http/multipart.hpp>
#include <offertracker/recruiting/agent.hpp>

#include "routes.hpp"
#include "views.hpp"

namespace offertracker::adapters::http::recruiting_api {
namespace {

// What an upload route read: the file part and the optional notes part, or the error to answer.
struct upload_form {
    recruiting::uploaded_file file;
    std::optional<std::string> notes;
};

// As FastAPI reads File parameters: a body that is not multipart has no such part (422 missing); a multipart body
// that does not parse is Starlette's 400.
domain::result<upload_form> read_upload(const request& req, std::string_view file_field) {
    const auto missing = [&] {
        return domain::error::validation(
            {{.path = {std::string(file_field)}, .code = domain::field_code::missing, .origin = "body"}});
    };
    const auto content_type = req.header("Content-Type").value_or("");
    constexpr std::string_view multipart = "multipart/form-data";
    if (content_type.size() < multipart.size() || !iequals(content_type.substr(0, multipart.size()), multipart))
        return missing();
    const auto parsed = parse_multipart(content_type, req.body);
    if (!parsed) return domain::error::rule_violation("There was an error parsing the body");
    const auto* part = parsed.find(file_field);
    if (!part || !part->filename) return missing();
    upload_form form{{part->data, part->content_type, *part->filename}, std::nullopt};
    if (const auto* notes = parsed.find("notes"); notes && !notes->filename && !notes->data.empty())
        form.notes = notes->data;
    return form;
}

}  // namespace

void add_agent_routes(mount& m, const context& c) {
    auto& s = c.services;

    m.post("/agent/chat", authed(c, [&s](const request& req, const path_params&, const recruiting::recruiter& who) {
        return with_body(req, [](body_reader& b) {
            std::string message;
            b.read("message", message);
            std::optional<std::string> mode;  // reserved by the seed: read so a wrong type is still a 422
            b.read("mode", mode);
            return message;
        }, [&](const std::string& message) {
            return reply(recruiting::chat(s, who, message), 200,
                         [](const std::string& text) { return json::object{{"reply", text}}; });
        });
    }), doc("Recruiting Agent", "Chat with the recruiter agent (offline intent rules; 'help' lists the commands)")
            .authenticated().body("AgentChat").returns(200, "The agent's reply", "AgentReply").errors({403}));

    m.post("/agent/jobs/from_prompt", authed(c, [&s](const request& req, const path_params&,
                                                     const recruiting::recruiter& who) {
        return with_body(req, [](body_reader& b) {
            std::string prompt;
            b.read("prompt", prompt);
            return prompt;
        }, [&](const std::string& prompt) {
            return reply(recruiting::create_job_from_prompt(s, who, prompt), 200, [&](const auto& made) {
                return json::object{{"raw_prompt", prompt}, {"job", job_view(made.record)}};
            });
        });
    }), doc("Recruiting Agent", "Create a job from a natural-language description").authenticated().body("JobPrompt")
            .returns(200, "The prompt and the job", "JobFromPrompt").errors({403}));

    // An uploaded file over the extractor's 10 MB limit still gets its 400, up to this cap; above it, 413 unread.
    // Only a request with a valid token may send more than the server's default body limit.
    constexpr std::size_t upload_cap = 10u * 1024u * 1024u + 256u * 1024u;
    const auto admit_upload = [&c](const request& head) { return c.bearer.authenticate(head).has_value(); };

    m.post("/agent/jobs/from_req", authed(c, [&s](const request& req, const path_params&,
                                                  const recruiting::recruiter& who) {
        auto form = read_upload(req, "job_req");
        if (!form) return error_reply(form.error());
        return reply(recruiting::create_job_from_file(s, who, form->file, form->notes), 200, [&](const auto& made) {
            return json::object{{"filename", form->file.filename}, {"job", job_view(made.record)},
                                {"summary", made.summary}};
        });
    }), doc("Recruiting Agent", "Create a job from an uploaded job req (.pdf, .docx or .txt, max 10 MB) and notes")
            .authenticated().body("JobReqUpload", "multipart/form-data").body_limit(upload_cap, admit_upload)
            .returns(200, "The file name, the job and a summary", "JobFromReq").errors({400, 403}));

    m.post("/agent/candidates/from_resume", authed(c, [&s](const request& req, const path_params&,
                                                           const recruiting::recruiter& who) {
        auto form = read_upload(req, "resume");
        if (!form) return error_reply(form.error());
        return reply(recruiting::create_candidate_from_resume(s, who, form->file, form->notes), 200,
                     [](const auto& made) {
                         json::array duplicates;
                         for (const auto id : made.possible_duplicates) duplicates.emplace_back(id);
                         return json::object{{"candidate", candidate_view(made.record)}, {"summary", made.summary},
                                             {"possible_duplicates", std::move(duplicates)}};
                     });
    }), doc("Recruiting Agent", "Create a candidate from an uploaded resume (.pdf, .docx or .txt, max 10 MB) and notes")
            .authenticated().body("RecruitingResumeUpload", "multipart/form-data").body_limit(upload_cap, admit_upload)
            .returns(200, "The candidate, a summary and possible duplicates", "CandidateFromResume")
            .errors({400, 403}));
}

}  // namespace offertracker::adapters::http::recruiting_api
