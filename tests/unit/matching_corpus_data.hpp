// The labelled matching corpus: 12 jobs and 54 candidates. Each job has a cluster of four candidates from its field:
// the three a recruiter would shortlist (the job's expected best matches, `relevant`) and a weaker fourth (a required
// skill missing, or too junior); six more candidates are distractors for every job (a recruiter, a technical writer,
// an engineering manager naming the skills they hire or document). Short, realistic texts. Some shortlisted
// candidates name their skills only through aliases ("k8s", "golang", "Postgres", "drf", "TS", "ms excel",
// "pentest"), and near misses sit next to each other (data analyst vs data engineer, DevOps vs Go platform, Python
// vs Java backend).
#pragma once

#include <offertracker/matching/matching.hpp>

#include <cstdint>
#include <vector>

namespace corpus {

namespace m = offertracker::matching;

struct labelled_job {
    m::job_profile job;
    std::vector<std::int64_t> relevant;  // the expected best matches (any order)
};

inline std::vector<labelled_job> jobs() {
    std::vector<labelled_job> out;
    auto add = [&](std::int64_t id, const char* title, const char* description, std::vector<std::string> required,
                   std::vector<std::string> nice, std::optional<int> min_years, std::vector<std::int64_t> relevant) {
        m::job_profile j;
        j.id = id;
        j.title = title;
        j.description = description;
        j.required_skills = std::move(required);
        j.nice_to_have_skills = std::move(nice);
        j.min_years = min_years;
        out.push_back({std::move(j), std::move(relevant)});
    };
    add(1, "Senior Backend Engineer (Python)",
        "Build and scale the REST APIs behind our booking platform. You will design services in Python and Django, "
        "model data in PostgreSQL, run background jobs with Celery and own performance and reliability.",
        {"Python", "Django", "PostgreSQL"}, {"Redis", "Celery", "AWS"}, 3, {101, 102, 104});
    add(2, "Go Platform Engineer",
        "Our platform team runs the internal developer platform: Go services and operators on Kubernetes, "
        "container builds with Docker, observability with Prometheus and infrastructure as code.",
        {"Go", "Kubernetes", "Docker"}, {"Terraform", "Prometheus", "Helm"}, 4, {105, 106, 108});
    add(3, "Frontend Engineer",
        "Craft the customer-facing web app. React and TypeScript on the client, a design system in CSS, unit tests "
        "with Jest, server rendering with Next.js. You care about accessibility and performance.",
        {"React", "TypeScript", "CSS"}, {"Next.js", "Jest", "GraphQL"}, 2, {109, 110, 111});
    add(4, "Data Engineer",
        "Own our batch and streaming pipelines: Spark jobs orchestrated by Airflow, SQL models in dbt on Snowflake, "
        "event streams from Kafka. Data quality, lineage and warehouse cost matter here.",
        {"SQL", "Apache Spark", "Apache Airflow"}, {"Apache Kafka", "dbt", "Snowflake"}, 3,
        {113, 114, 116});
    add(5, "Machine Learning Engineer",
        "Train, evaluate and ship ranking and recommendation models. Python, PyTorch, scikit-learn, feature "
        "pipelines, model serving and monitoring; experiment design and offline evaluation.",
        {"Python", "Machine learning", "PyTorch"}, {"scikit-learn", "MLOps", "Deep learning"}, 3,
        {117, 118, 119});
    add(6, "iOS Engineer",
        "Build our iPhone app in Swift and SwiftUI. Offline sync, push notifications, App Store releases, "
        "crash-free sessions. Some legacy Objective-C remains.",
        {"Swift", "iOS", "SwiftUI"}, {"Objective-C", "Xcode"}, 2, {121, 123, 124});
    add(7, "Android Engineer",
        "Ship the Android app used by two million riders: Kotlin, Jetpack Compose, offline maps, Gradle builds, "
        "networking with Retrofit.",
        {"Kotlin", "Android", "Jetpack Compose"}, {"Java", "Retrofit", "Gradle"}, 2, {125, 126, 128});
    add(8, "DevOps Engineer",
        "Run our AWS estate: Terraform modules, Linux fleet, CI/CD pipelines in GitHub Actions and Jenkins, "
        "configuration with Ansible, on-call and incident response.",
        {"Amazon Web Services", "Terraform", "Linux", "CI/CD"}, {"Ansible", "Jenkins", "Incident management"}, 3,
        {129, 130, 131});
    add(9, "Java Backend Engineer",
        "Payment services in Java and Spring Boot, microservices talking over Kafka, PostgreSQL and Hibernate, "
        "high-throughput and low latency. Banking or fintech background welcome.",
        {"Java", "Spring Boot", "Microservices"}, {"Apache Kafka", "Hibernate", "PostgreSQL"}, 4,
        {133, 134, 136});
    add(10, "Product Designer",
        "Shape the end-to-end experience of our scheduling product: user research, wireframes, prototyping and "
        "high-fidelity design in Figma, contribution to the design system, usability testing.",
        {"Figma", "UX design", "Prototyping"}, {"User research", "Design systems", "Usability testing"}, 3,
        {137, 138, 139});
    add(11, "Data Analyst",
        "Answer business questions for sales and marketing: SQL over the warehouse, dashboards in Tableau, "
        "forecasting in Excel, A/B test readouts, stakeholder presentations.",
        {"SQL", "Tableau", "Microsoft Excel"}, {"Power BI", "Python", "Statistics"}, 2, {141, 142, 143});
    add(12, "Application Security Engineer",
        "Find and fix vulnerabilities before attackers do: penetration testing of web and mobile apps, OWASP Top 10 "
        "reviews, threat modelling, network security, secure code training for engineers.",
        {"Penetration testing", "OWASP", "Network security"}, {"Burp Suite", "Cryptography", "SIEM"}, 4,
        {145, 146, 147});
    return out;
}

// Candidates whose match with their job's required skills only an alias-aware matcher sees.
inline const std::vector<std::int64_t> alias_only = {102, 105, 106, 110, 114, 118, 124, 130, 134, 138, 142, 146};

inline std::vector<m::candidate_profile> candidates() {
    std::vector<m::candidate_profile> out;
    auto add = [&](std::int64_t id, const char* name, const char* title, const char* headline, const char* company,
                   const char* notes, const char* resume, std::vector<std::string> skills,
                   std::optional<int> years) {
        m::candidate_profile c;
        c.id = id;
        c.full_name = name;
        c.title = title;
        c.headline = headline;
        c.current_company = company;
        c.notes = notes;
        c.resume_text = resume;
        c.skills = std::move(skills);
        c.years_experience = years;
        out.push_back(std::move(c));
    };
    // job 1: Python backend
    add(101, "Ana Souza", "Senior Backend Engineer", "Python, Django and PostgreSQL at scale", "TravelNow", "",
        "Six years building booking APIs in Django. Tuned PostgreSQL queries, moved background work to Celery and "
        "Redis, deployed on AWS.",
        {"Python", "Django", "PostgreSQL", "Celery"}, 6);
    add(102, "Bilal Khan", "Backend Developer", "APIs with drf and Postgres", "ShopCo", "Referred by Ana",
        "Built REST endpoints with django rest framework, python3 scripts, Postgres migrations and psql tuning.", {},
        4);
    add(103, "Chen Wei", "Software Engineer", "Backend, Python", "FinStart", "",
        "Flask services on MySQL, Redis caching, Docker.", {"Python"}, 2);
    add(104, "Dana Levi", "Backend Engineer", "", "Clinic Cloud", "Strong on reliability",
        "Python services with Django and FastAPI; PostgreSQL replication; Celery workers.", {}, 5);
    // job 2: Go platform
    add(105, "Erik Larsen", "Platform Engineer", "golang + k8s", "Hosting AB", "",
        "Wrote golang operators for k8s clusters, containerised everything with docker compose, Prometheus alerts.",
        {}, 6);
    add(106, "Fatima Noor", "Site Reliability Engineer", "Kube, golang, observability", "StreamIt", "",
        "Golang tooling for kube upgrades; Dockerfile hygiene; Helm charts; Grafana and Prometheus dashboards.", {},
        5);
    add(107, "Gabriel Rossi", "Go Developer", "Cloud-native backend", "Logistica", "",
        "Go microservices on Nomad, gRPC, Terraform for GCP.", {"Go"}, 4);
    add(108, "Hana Sato", "Senior Platform Engineer", "Internal developer platforms", "BigRetail", "",
        "Kubernetes multi-cluster, Go controllers, Docker build farm, Helm, Terraform.", {}, 8);
    // job 3: frontend
    add(109, "Ivan Petrov", "Frontend Engineer", "React and TypeScript", "MediaHub", "",
        "React SPA with TypeScript, CSS modules, Jest tests, Next.js migration.", {"React", "TypeScript", "CSS"},
        4);
    add(110, "Julia Costa", "UI Developer", "reactjs, TS, css3", "Agency One", "",
        "Built reactjs components in TS with css3 and styled components; unit tests in Jest.", {}, 3);
    add(111, "Kofi Mensah", "Front-end Developer", "Web apps, accessibility", "GovDigital", "",
        "React, TypeScript, HTML and CSS, accessibility audits, GraphQL clients.", {}, 5);
    add(112, "Lena Fischer", "Junior Frontend Engineer", "", "Startup X", "Bootcamp graduate",
        "React hooks, TypeScript basics, CSS grid and flexbox, Next.js side project.", {}, 1);
    // job 4: data engineering
    add(113, "Marco Bianchi", "Data Engineer", "Spark, Airflow, dbt", "AdTech Co", "",
        "Batch pipelines in Apache Spark orchestrated with Apache Airflow, SQL models in dbt, Snowflake warehouse.",
        {"SQL", "Apache Spark", "Apache Airflow", "dbt"}, 5);
    add(114, "Nadia Haddad", "Big Data Engineer", "pyspark and spark sql pipelines", "TelcoData", "",
        "Pipelines in Spark SQL and PySpark, DAGs in Airflow, SQL transformations, Kafka streams, Hadoop to "
        "Snowflake.",
        {},
        6);
    add(115, "Oscar Lindqvist", "Analytics Engineer", "dbt and SQL", "SaaS Metrics", "",
        "SQL modelling in dbt, Looker dashboards, Snowflake cost tuning.", {}, 4);
    add(116, "Priya Raman", "Data Platform Engineer", "Streaming and batch", "RideShare", "",
        "Kafka ingestion, Spark structured streaming, Airflow, SQL, BigQuery.", {}, 7);
    // job 5: machine learning
    add(117, "Quentin Moreau", "Machine Learning Engineer", "Recommendation systems", "StreamFlix", "",
        "Trained ranking models in PyTorch, feature pipelines in Python, scikit-learn baselines, MLOps with MLflow.",
        {"Python", "Machine learning", "PyTorch"}, 5);
    add(118, "Rina Takahashi", "ML Engineer", "ML, deep learning, NLP", "TextAI", "",
        "Built ML models for NLP in torch-based stacks and sklearn; python3; DL for classification.",
        {"PyTorch"}, 4);
    add(119, "Samuel Okoro", "Applied Scientist", "Machine learning for search ranking", "SearchCo", "",
        "Machine learning for ranking: Python, PyTorch, deep learning, offline evaluation, A/B experiments.", {},
        6);
    add(120, "Tara Nguyen", "Data Scientist", "Modelling and experimentation", "InsureTech", "",
        "Python, scikit-learn, XGBoost, churn and pricing models, statistics.", {}, 4);
    // job 6: iOS
    add(121, "Umar Farouk", "iOS Engineer", "Swift and SwiftUI", "HealthApp", "",
        "Swift, SwiftUI, iOS offline sync, push notifications, Xcode Cloud.", {"Swift", "iOS", "SwiftUI"}, 4);
    add(122, "Vera Novak", "Mobile Developer (iOS)", "iPhone apps", "BankMobile", "",
        "iOS apps in Objective-C, some Swift.", {}, 6);
    add(123, "Wen Li", "Senior iOS Developer", "", "Maps Inc", "",
        "Swift, iOS SDK, SwiftUI, Core Data, App Store releases.", {}, 7);
    add(124, "Xavier Dubois", "Software Engineer, Mobile", "Swift UI and iOS", "Fitness Co", "",
        "Swift 5 apps with Swift ui screens, ios development, Combine, Xcode.", {}, 3);
    // job 7: Android
    add(125, "Yara Haddad", "Android Engineer", "Kotlin and Compose", "RideShare", "",
        "Kotlin, Jetpack Compose, Android offline maps, Retrofit, Gradle.", {"Kotlin", "Android", "Jetpack Compose"},
        4);
    add(126, "Zoltan Kiss", "Mobile Developer (Android)", "", "Grocery Go", "",
        "Android sdk apps in Kotlin and Java, migrating views to Jetpack Compose, RxJava.", {}, 5);
    add(127, "Amara Obi", "Android Developer", "Kotlin", "NewsNow", "",
        "Kotlin, Android views and XML layouts, Firebase, Retrofit.", {"Kotlin"}, 3);
    add(128, "Bruno Silva", "Senior Android Engineer", "", "BankMobile", "",
        "Android development in Kotlin, Jetpack Compose, Gradle build performance.", {}, 8);
    // job 8: DevOps
    add(129, "Carla Mendes", "DevOps Engineer", "AWS, Terraform, CI/CD", "CloudOps", "",
        "AWS landing zones in Terraform, Linux hardening, CI/CD with GitHub Actions, Ansible.",
        {"Amazon Web Services", "Terraform", "Linux", "CI/CD"}, 5);
    add(130, "Dmitri Volkov", "Systems Engineer", "aws, gnu/linux, cicd", "HostCo", "",
        "Ran gnu/linux fleets on amazon aws, terraform cloud workspaces, cicd in Jenkins, ansible playbooks.", {}, 7);
    add(131, "Elif Yilmaz", "Cloud Engineer", "Infrastructure as code", "RetailOne", "",
        "AWS, Terraform, Linux, Jenkins CI/CD pipelines, incident management and on-call.", {}, 4);
    add(132, "Felix Wagner", "Site Reliability Engineer", "", "PayFast", "",
        "AWS, Linux, CI/CD, Prometheus, CloudFormation, incident response.", {}, 6);
    // job 9: Java backend
    add(133, "Giulia Romano", "Java Backend Engineer", "Spring Boot microservices", "BankCo", "",
        "Java 17 and Spring Boot microservices, Kafka, PostgreSQL, Hibernate.", {"Java", "Spring Boot"}, 7);
    add(134, "Hamza Ali", "Software Engineer", "java 11, springboot, micro-services", "PayNet", "",
        "Java 11 springboot micro-services for card payments, kafka streams, Hibernate.", {}, 5);
    add(135, "Ingrid Berg", "Backend Engineer (Java)", "", "Insurely", "",
        "Java, Spring MVC monolith, Maven, PostgreSQL.", {}, 4);
    add(136, "Jorge Ramirez", "Senior Java Developer", "Fintech", "Lendr", "",
        "Java, Spring Boot, microservices, Apache Kafka, Hibernate, fintech.", {}, 9);
    // job 10: product design
    add(137, "Keiko Ito", "Product Designer", "UX, Figma, prototyping", "CalendarCo", "",
        "End-to-end UX design in Figma, prototyping, user research, design systems.",
        {"Figma", "UX design", "Prototyping"}, 5);
    add(138, "Liam O'Brien", "UX Designer", "User experience and ux research", "Agency One", "",
        "User experience for web apps, wireframes, Figma prototypes, usability testing.", {"Prototyping"}, 4);
    add(139, "Mei Chen", "Senior Product Designer", "", "HR Cloud", "",
        "UX design, Figma, Sketch, prototyping, design system ownership.", {}, 8);
    add(140, "Nikolai Ivanov", "Interaction Designer", "", "Travelly", "",
        "Figma, visual design and illustration, marketing assets.", {}, 3);
    // job 11: data analyst
    add(141, "Olivia Brown", "Data Analyst", "SQL, Tableau, Excel", "RetailOne", "",
        "SQL reports, Tableau dashboards, Excel forecasting, A/B test readouts.", {"SQL", "Tableau", "Microsoft Excel"},
        3);
    add(142, "Pedro Alves", "Business Analyst", "Dashboards and reporting", "Telco BR", "",
        "SQL, Tableau, ms excel models, Power BI, stakeholder presentations.", {}, 4);
    add(143, "Qing Zhao", "Marketing Analyst", "", "AdTech Co", "",
        "Marketing analytics in SQL and Excel, Tableau dashboards, statistics.", {}, 2);
    add(144, "Rosa Martinez", "Junior Data Analyst", "", "Insurely", "",
        "SQL, Excel, Tableau, some Python.", {}, 1);
    // job 12: security
    add(145, "Sven Olsen", "Application Security Engineer", "Pentesting and OWASP", "SecureBank", "",
        "Penetration testing of web and mobile apps, OWASP Top 10 reviews, network security, Burp Suite.",
        {"Penetration testing", "OWASP", "Network security"}, 7);
    add(146, "Tomasz Nowak", "Security Consultant", "pentest, owasp top 10", "RedTeam Ltd", "",
        "Pen testing engagements, owasp top 10 findings, network security assessments, Burp Suite.", {}, 6);
    add(147, "Uma Patel", "Security Engineer", "", "CloudOps", "",
        "Network security, penetration testing, OWASP, SIEM tuning, cryptography reviews.", {}, 5);
    add(148, "Victor Hugo", "Senior Penetration Tester", "", "Audit Partners", "",
        "Penetration testing, Burp Suite, Kali Linux, red team exercises.", {}, 8);
    // distractors: labelled for no job, sharing words and skills with several
    add(149, "Wanda Reyes", "Full-stack Developer", "React, Node.js, Python", "Small Agency", "",
        "Node.js and React apps, some Python scripts, PostgreSQL, deployed on Heroku.", {}, 2);
    add(150, "Xu Ming", "Engineering Manager", "People leadership", "BigRetail", "",
        "Managed twelve engineers across Java and Kubernetes teams; hiring, roadmaps, delivery.", {}, 12);
    add(151, "Yusuf Demir", "QA Engineer", "Test automation", "ShopCo", "",
        "Selenium and Cypress suites, Jest unit tests, Python test tooling, CI/CD gates.", {}, 4);
    add(152, "Zara Ahmed", "Technical Recruiter", "Hiring engineers", "TalentCo",
        "Sources Python and Kubernetes engineers",
        "Recruited Django, Go and React engineers for startups; ran hiring pipelines.", {}, 5);
    add(153, "Alex Kim", "Technical Writer", "Developer documentation", "CloudDocs", "",
        "Wrote AWS and Kubernetes tutorials, API references and onboarding guides.", {}, 6);
    add(154, "Beatriz Lopes", "Product Manager", "B2B SaaS", "CalendarCo", "",
        "Roadmaps, discovery with user research, SQL and Tableau for metrics, Figma mock reviews.", {}, 7);
    return out;
}

}  // namespace corpus
