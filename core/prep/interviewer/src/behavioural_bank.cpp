// The behavioural bank shipped with the product: six questions per competency, each asking for one real story.
#include <offertracker/prep/interviewer.hpp>

#include <array>

namespace offertracker::prep {
namespace {

constexpr std::array<std::string_view, 10> competency_names{
    "conflict",  "ownership", "failure",        "leadership", "ambiguity",
    "communication", "teamwork", "prioritisation", "learning",   "customer focus",
};

constexpr behavioural_question bank[] = {
    {"conflict", "Tell me about a time you strongly disagreed with a colleague about how to do something. How did "
                 "you resolve it, and what was the outcome?"},
    {"conflict", "Describe a situation where two people on your team were in conflict and it was affecting the work. "
                 "What did you do?"},
    {"conflict", "Tell me about a time you pushed back on a decision made by your manager or a senior person. How did "
                 "you make your case, and what happened?"},
    {"conflict", "Give me an example of feedback you received that you disagreed with. How did you handle it?"},
    {"conflict", "Tell me about a time you had to work closely with someone whose working style was very different "
                 "from yours. How did you make it work?"},
    {"conflict", "Describe a negotiation with another team over priorities or resources. What did each side want, "
                 "and where did you end up?"},

    {"ownership", "Tell me about a time you took responsibility for a problem that was not formally yours. What did "
                  "you do, and what changed as a result?"},
    {"ownership", "Describe a project you drove from idea to delivery. What were the hardest decisions you made along "
                  "the way?"},
    {"ownership", "Tell me about a time you noticed something broken in a process or system and fixed it without being "
                  "asked."},
    {"ownership", "Give me an example of a commitment you made that became hard to keep. What did you do?"},
    {"ownership", "Tell me about a time you went beyond your job description to get something important done."},
    {"ownership", "Describe a decision you made that turned out to be wrong. How did you find out, and what did you do "
                  "next?"},

    {"failure", "Tell me about a project that failed. What was your part in it, and what did you learn?"},
    {"failure", "Describe a time you missed a deadline. What happened, and how did you handle it with the people "
                "depending on you?"},
    {"failure", "Tell me about a mistake you made that affected other people. How did you put it right?"},
    {"failure", "Give me an example of a risk you took that did not pay off. Would you take it again?"},
    {"failure", "Tell me about a time you received critical feedback on your work. What did you change afterwards?"},
    {"failure", "Describe a goal you set for yourself and did not reach. Why not, and what did you do about it?"},

    {"leadership", "Tell me about a time you led a group of people without having formal authority over them."},
    {"leadership", "Describe a time you had to get a team behind a direction that was unpopular at first. How did you "
                   "do it?"},
    {"leadership", "Tell me about someone you mentored or coached. What did you do, and how did they grow?"},
    {"leadership", "Give me an example of a hard decision you made for a team. How did you make it, and how did you "
                   "explain it?"},
    {"leadership", "Tell me about a time you had to deal with someone on your team who was underperforming."},
    {"leadership", "Describe a time you set the technical or strategic direction for a piece of work. How did you "
                   "know it was the right one?"},

    {"ambiguity", "Tell me about a time you had to start work with unclear or incomplete requirements. How did you "
                  "decide what to do first?"},
    {"ambiguity", "Describe a situation where the goals of a project changed halfway through. How did you adapt?"},
    {"ambiguity", "Tell me about a decision you had to make without all the data you wanted. What did you base it on, "
                  "and how did it turn out?"},
    {"ambiguity", "Give me an example of a problem nobody knew how to solve. How did you make progress on it?"},
    {"ambiguity", "Tell me about a time you joined a project or team in the middle of a lot of change. How did you get "
                  "your bearings?"},
    {"ambiguity", "Describe a time you had to choose between two reasonable approaches with no clear winner. How did "
                  "you decide?"},

    {"communication", "Tell me about a time you had to explain something complex to someone without your background. "
                      "How did you make sure they understood?"},
    {"communication", "Describe a time a misunderstanding caused a problem at work. What happened, and what did you "
                      "change afterwards?"},
    {"communication", "Tell me about a time you had to deliver bad news to a stakeholder or a customer."},
    {"communication", "Give me an example of a piece of writing you produced, such as a proposal or a design document, "
                      "that changed a decision."},
    {"communication", "Tell me about a time you had to persuade someone senior to change their mind."},
    {"communication", "Describe how you kept people informed during a long or stressful project. What worked, and "
                      "what did not?"},

    {"teamwork", "Tell me about a time you helped a teammate who was struggling. What did you do, and how did it "
                 "affect the team's work?"},
    {"teamwork", "Describe the most effective team you have worked in. What was your contribution to making it work?"},
    {"teamwork", "Tell me about a time you worked with people from other disciplines or departments towards one goal."},
    {"teamwork", "Give me an example of a time you put the team's goal ahead of your own preferences."},
    {"teamwork", "Tell me about a time a team you were part of was not working well together. What did you do about "
                 "it?"},
    {"teamwork", "Describe a time you shared credit for a success, or took your part of the blame for a problem."},

    {"prioritisation", "Tell me about a time you had more work than you could possibly finish. How did you decide what "
                       "to do and what to drop?"},
    {"prioritisation", "Describe a time two stakeholders wanted conflicting things from you at the same time. How did "
                       "you choose?"},
    {"prioritisation", "Tell me about a time you said no to a request. How did you explain it, and how was it "
                       "received?"},
    {"prioritisation", "Give me an example of a time you had to trade quality against speed. What did you choose, and "
                       "why?"},
    {"prioritisation", "Tell me about a time an urgent problem interrupted an important project. How did you handle "
                       "both?"},
    {"prioritisation", "Describe how you planned a piece of work with a fixed deadline. What did you cut, and how did "
                       "you decide?"},

    {"learning", "Tell me about a time you had to learn a new technology or skill quickly for a project. How did you "
                 "go about it?"},
    {"learning", "Describe something you taught yourself outside of work that later helped you in your job."},
    {"learning", "Tell me about a time you changed your mind about something important because of new evidence."},
    {"learning", "Give me an example of a lesson from one project that you applied to the next one."},
    {"learning", "Tell me about the most useful piece of feedback you have received. What did you do with it?"},
    {"learning", "Describe a time you realised your skills were not enough for a task. What did you do?"},

    {"customer focus", "Tell me about a time you went out of your way to solve a problem for a customer or user."},
    {"customer focus", "Describe a time user feedback made you change something you had built or planned."},
    {"customer focus", "Tell me about a time you had to balance what a customer asked for against what was good for "
                       "the product or the business."},
    {"customer focus", "Give me an example of how you found out what users actually needed, as opposed to what they "
                       "said they wanted."},
    {"customer focus", "Tell me about a difficult customer or stakeholder you worked with. How did you keep the "
                       "relationship working?"},
    {"customer focus", "Describe a time you measured whether something you delivered actually helped its users. What "
                       "did you find?"},
};

}  // namespace

std::span<const std::string_view> competencies() noexcept { return competency_names; }

std::span<const behavioural_question> behavioural_bank() noexcept { return bank; }

}  // namespace offertracker::prep
