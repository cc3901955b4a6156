// The Recruiting API surface (seed 002): mounts its routes, JSON mapping and error shape on a router.
//
// Routes under options.prefix (default "/recruiting/api/v1"; "/api/v1" serves it alone as the seed's clients expect),
// every collection route with and without a trailing slash, bodies JSON unless said otherwise:
//   POST   /auth/register                    200 UserOut (a new org; role org_admin)
//   POST   /auth/login                       form username/password -> 200 {access_token, token_type: "bearer"}
//   GET    /users/me                         200 UserOut
//   GET    /users                            200 [UserOut] (the org's members; org_admin)
//   POST   /users                            201 UserOut (invite: email, full_name?, role recruiter|viewer, password)
//   PATCH  /users/{user_id}                  200 UserOut (full_name, role, is_active; org_admin)
//   GET    /jobs   ?skip&limit(<=100)&status_filter&q      200 {items: [JobOut], total}
//   POST   /jobs                             201 JobOut
//   GET    /jobs/{job_id}                    200 JobOut
//   PATCH  /jobs/{job_id}                    200 JobOut
//   DELETE /jobs/{job_id}                    204
//   GET    /jobs/{job_id}/pipeline           200 {job_id, counts: {sourced: n, ..., rejected: n}, total}
//   GET    /candidates ?skip&limit&q         200 {items: [CandidateOut], total}
//   POST   /candidates                       201 CandidateOut
//   GET|PATCH|DELETE /candidates/{candidate_id}
//   GET    /applications ?skip&limit&job_id&candidate_id  200 {items: [ApplicationOut], total}
//   POST   /applications                     201 ApplicationOut
//   GET|PATCH|DELETE /applications/{application_id}
//   GET    /applications/{application_id}/history  200 [{id, application_id, from_status, to_status,
//                                                       changed_by_user_id, changed_at}] oldest first
//   POST   /matching/candidates_for_job      {job_id, limit?, strategy?} -> 200 {job_id, matches: [...]}
//   POST   /matching/jobs_for_candidate      {candidate_id, limit?, strategy?} -> 200 {candidate_id, matches}
//   POST   /agent/chat                       {conversation_id?, message, mode?} -> 200 {reply}
//   POST   /agent/jobs/from_prompt           {prompt} -> 200 {raw_prompt, job}
//   POST   /agent/jobs/from_req              multipart job_req (file), notes? -> 200 {filename, job, summary}
//   POST   /agent/candidates/from_resume     multipart resume (file), notes? -> 200 {candidate, summary,
//                                                                               possible_duplicates: [ids]}
//   GET    /webhooks                         200 [WebhookOut] (org_admin)
//   POST   /webhooks                         {url, events, secret?} -> 201 WebhookOut with "secret" (org_admin)
//   DELETE /webhooks/{webhook_id}            204
//   GET    /webhooks/{webhook_id}/deliveries ?skip&limit  200 {items: [DeliveryOut], total}
// and GET /healthz at the server root -> {"status": "ok"}.
//
// UserOut {id, email, full_name, role, org_id, is_active}. JobOut: the seed's fields plus min_years. CandidateOut:
// the seed's fields plus email, phone, skills. ApplicationOut: the seed's fields. WebhookOut {id, org_id, url,
// events, is_active, created_at}. DeliveryOut {id, webhook_id, event, state, attempts, next_attempt_at, created_at,
// delivered_at, payload, attempt_log: [{attempt, at, status_code, error, duration_ms}]}.
//
// Errors are {"detail": "..."} (422: FastAPI's list). 401 "Not authenticated" without a bearer token,
// "Could not validate credentials" for a token that fails verification (another audience's included) or names a
// member that is gone or deactivated; both with WWW-Authenticate: Bearer.
#pragma once

#include <string>

#include <offertracker/http/router.hpp>
#include <offertracker/recruiting/services.hpp>

namespace offertracker::adapters::http::recruiting_api {

struct api_options {
    std::string prefix = "/recruiting/api/v1";
    bool mount_healthz = true;  // GET /healthz at the server root (off when another surface already serves one)
};

// Registers every route of the surface under options.prefix. The services must outlive the router. Handlers block
// on the store: run them off I/O threads (the server's worker pool does).
void mount_api(router& r, const api_options& options, recruiting::services& services);

}  // namespace offertracker::adapters::http::recruiting_api
