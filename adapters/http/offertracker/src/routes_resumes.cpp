// Resume versions, their upload endpoint, and the private file route behind signed links.
#include <charconv>

#include <offertracker/http/multipart.hpp>
#include <offertracker/usecases/resumes.hpp>

#include "readers.hpp"
#include "route_docs.hpp"
#include "routes.hpp"
#include "views.hpp"

namespace offertracker::adapters::http::offertracker_api {
namespace json = boost::json;
namespace {

response file_reply(const domain::result<ports::stored_file>& file) {
    if (!file) return error_reply(file.error());
    response r;
    r.body = file->content;
    r.set_header("Content-Type", file->content_type.empty() ? "application/octet-stream" : file->content_type);
    r.set_header("Content-Disposition", "attachment");
    r.set_header("Cache-Control", "private, no-store");
    return r;
}

// A signed link is valid until its expiry instant, and only with the exact signature for key + expiry.
bool link_is_valid(const context& c, const std::string& key, std::string_view expires, std::string_view signature) {
    long long expiry = 0;
    auto [ptr, ec] = std::from_chars(expires.data(), expires.data() + expires.size(), expiry);
    if (ec != std::errc{} || ptr != expires.data() + expires.size()) return false;
    const auto now = std::chrono::duration_cast<std::chrono::seconds>(c.services.clock.now().time_since_epoch());
    return now.count() <= expiry && c.signer.verify(context::link_message(key, expires), signature);
}

}  // namespace

void add_resume_routes(mount& m, const context& c) {
    auto resume = [&c](const domain::resume& r) { return resume_view(c, r); };

    m.get("/resumes/", authed(c, [&c, resume](const request& req, const path_params&, const usecases::actor& who) {
        query_reader query(req.query);
        auto page = read_page(query, 100);
        if (auto e = std::move(query).finish()) return error_reply(*e);
        return reply(usecases::list_resumes(c.services, who, *page), 200,
                     [&](const auto& list) { return array_of(list, resume); });
    }), doc("Resumes", "List your resume versions").authenticated().page(100)
            .returns(200, "The resume versions", "ResumeVersionResponse[]"));

    m.post("/resumes/", authed(c, [&c, resume](const request& req, const path_params&, const usecases::actor& who) {
        auto body = read_body(req.body);
        usecases::create_resume_command cmd{body.required_string("version_name"), body.optional_string("notes"),
                                            body.optional_url("file_url")};
        if (auto e = std::move(body).finish()) return error_reply(*e);
        return reply(usecases::create_resume(c.services, who, cmd), 201, resume);
    }), doc("Resumes", "Create a resume version").authenticated().body("ResumeVersionCreate")
            .returns(201, "The resume version", "ResumeVersionResponse"));

    m.get("/resumes/{id}", authed(c, [&c, resume](const request&, const path_params& p, const usecases::actor& who) {
        return reply(usecases::get_resume(c.services, who, std::string(p.get("id"))), 200, resume);
    }), doc("Resumes", "Get a resume version").authenticated()
            .returns(200, "The resume version", "ResumeVersionResponse").errors({403, 404}));

    m.put("/resumes/{id}", authed(c, [&c, resume](const request& req, const path_params& p, const usecases::actor& who) {
        auto body = read_body(req.body);
        usecases::update_resume_command cmd{body.patch_string("version_name"), body.patch_string("notes"),
                                            body.patch_url("file_url")};
        if (auto e = std::move(body).finish()) return error_reply(*e);
        return reply(usecases::update_resume(c.services, who, std::string(p.get("id")), cmd), 200, resume);
    }), doc("Resumes", "Update a resume version: omitted fields are kept").authenticated()
            .body("ResumeVersionUpdate").returns(200, "The resume version", "ResumeVersionResponse").errors({403, 404}));

    m.del("/resumes/{id}", authed(c, [&c](const request&, const path_params& p, const usecases::actor& who) {
        return reply(usecases::delete_resume(c.services, who, std::string(p.get("id"))), 200,
                     [](domain::done) { return json::object{{"detail", "Resume version deleted"}}; });
    }), doc("Resumes", "Delete a resume version").authenticated()
            .returns(200, "Resume version deleted", "Deleted").errors({403, 404}));

    // A file over the documented 10 MB still gets the documented 400, up to this cap; above it, 413 unread. Only a
    // request with a valid token is allowed more than the server's default body limit.
    constexpr std::size_t upload_cap = 16u * 1024u * 1024u + 256u * 1024u;  // 16 MiB plus multipart framing
    const auto admit_upload = [&c](const request& head) { return authenticate(c, head).has_value(); };

    m.post("/upload/resumes/{resume_id}",
           authed(c, [&c, resume](const request& req, const path_params& p, const usecases::actor& who) {
               const auto parsed = parse_multipart(req.header("Content-Type").value_or(""), req.body);
               if (!parsed) return detail_reply(400, "There was an error parsing the body");
               const auto* part = parsed.find("file");
               if (!part || !part->filename)
                   return error_reply(domain::error::validation(
                       {{.path = {"file"}, .code = domain::field_code::missing, .origin = "body"}}));
               usecases::upload file{*part->filename, part->content_type, part->data};
               auto updated = usecases::upload_resume_file(c.services, who, std::string(p.get("resume_id")), file);
               return reply(updated, 200, [&](const domain::resume& r) {
                   auto view = resume(r);
                   return json::object{{"file_url", view["file_url"]}, {"resume", std::move(view)}};
               });
           }),
           doc("Resumes", "Upload a resume file (.pdf, .doc or .docx, max 10 MB) and link it to the version")
               .authenticated().body("ResumeUpload", "multipart/form-data").body_limit(upload_cap, admit_upload)
               .returns(200, "The new signed file link and the resume version", "ResumeUploadResponse")
               .errors({400, 403, 404}));

    // Uploads are private: reachable with a fresh signed link, or with the owner's token.
    m.get("/files/{owner}/{name}", [&c](const request& req, const path_params& p) {
        const std::string key = std::string(p.get("owner")) + "/" + std::string(p.get("name"));
        query_reader query(req.query);
        const auto signature = query.string("signature");
        if (signature) {
            if (!link_is_valid(c, key, query.string("expires").value_or(""), *signature))
                return detail_reply(403, "Invalid or expired link");
            return file_reply(usecases::read_linked_file(c.services, key));
        }
        auto who = authenticate(c, req);
        if (!who) return error_reply(who.error());
        return file_reply(usecases::read_own_file(c.services, *who, key));
    }, doc("Files", "Download an uploaded file: the owner's token, or a signed link's expires and signature query")
           // The link's two parameters are not listed: doc::query would promise a 422 this route never answers.
           .authenticated().returns(200, "The file's bytes, as an attachment").errors({403, 404}));
}

}  // namespace offertracker::adapters::http::offertracker_api
