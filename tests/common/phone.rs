//! A simulated phone for room mode: a browser without JavaScript that keeps the room's
//! cookie, reads each page's hidden fields and posts the form as a browser would. Only ever
//! talks to loopback addresses.

use std::collections::BTreeMap;
use std::time::Duration;

use tandem::domain::{Function, Questionnaire, Rating, Relationship, Response, SplitMix64};

/// What came back for one request.
#[derive(Debug)]
pub struct Page {
    pub status: u16,
    pub html: String,
    pub set_cookie: Option<String>,
}

impl Page {
    /// The `(name, value)` of every hidden input, in page order.
    pub fn hidden_fields(&self) -> Vec<(String, String)> {
        inputs(&self.html)
            .into_iter()
            .filter(|input| input.get("type").map(String::as_str) == Some("hidden"))
            .map(|input| (input["name"].clone(), input["value"].clone()))
            .collect()
    }

    /// The page the form says it is (`team`, `relationship`, …), if it has a form.
    pub fn step(&self) -> Option<String> {
        self.hidden_fields()
            .into_iter()
            .find_map(|(name, value)| (name == "step").then_some(value))
    }
}

/// A form field as a phone posts it: its name and its value.
pub fn field(name: &str, value: &str) -> (String, String) {
    (name.to_owned(), value.to_owned())
}

/// Every `<input>`'s attributes, unescaped.
pub fn inputs(html: &str) -> Vec<BTreeMap<String, String>> {
    let mut reader = quick_xml::Reader::from_str(html);
    reader.config_mut().check_end_names = false;
    let mut found = Vec::new();
    loop {
        match reader.read_event().unwrap() {
            quick_xml::events::Event::Start(tag) | quick_xml::events::Event::Empty(tag)
                if tag.name().as_ref() == b"input" =>
            {
                let mut attributes = BTreeMap::new();
                for attribute in tag.html_attributes() {
                    let attribute = attribute.unwrap();
                    let key = String::from_utf8(attribute.key.as_ref().to_vec()).unwrap();
                    let value = attribute
                        .decode_and_unescape_value(reader.decoder())
                        .unwrap()
                        .into_owned();
                    attributes.insert(key, value);
                }
                found.push(attributes);
            }
            quick_xml::events::Event::Eof => break,
            _ => {}
        }
    }
    found
}

pub struct Phone {
    agent: ureq::Agent,
    pub url: String,
    /// What the room set, name → `name=value`, sent back as a browser would.
    pub cookies: BTreeMap<String, String>,
    /// The `Accept-Language` the phone's browser sends, if any.
    pub accept_language: Option<String>,
}

impl Phone {
    pub fn new(url: &str) -> Self {
        assert!(
            url.starts_with("http://127.0.0.1:") || url.starts_with("http://[::1]:"),
            "tests only talk to loopback: {url}"
        );
        let agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(20)))
            .build()
            .into();
        Self {
            agent,
            url: url.to_owned(),
            cookies: BTreeMap::new(),
            accept_language: None,
        }
    }

    fn read(&mut self, mut response: ureq::http::Response<ureq::Body>) -> Page {
        let set_cookie = response
            .headers()
            .get("set-cookie")
            .map(|value| value.to_str().unwrap().to_owned());
        if let Some(cookie) = &set_cookie {
            let pair = cookie.split(';').next().unwrap();
            let name = pair.split('=').next().unwrap();
            self.cookies.insert(name.to_owned(), pair.to_owned());
        }
        Page {
            status: response.status().as_u16(),
            html: response
                .body_mut()
                .with_config()
                .limit(1 << 20)
                .read_to_string()
                .unwrap(),
            set_cookie,
        }
    }

    /// The `Cookie` header a browser would send.
    pub fn cookie(&self) -> Option<String> {
        (!self.cookies.is_empty()).then(|| {
            self.cookies
                .values()
                .cloned()
                .collect::<Vec<_>>()
                .join("; ")
        })
    }

    pub fn get(&mut self) -> Page {
        self.get_path(&self.url.clone())
    }

    pub fn get_path(&mut self, url: &str) -> Page {
        let mut request = self.agent.get(url);
        if let Some(cookie) = self.cookie() {
            request = request.header("cookie", cookie);
        }
        if let Some(languages) = &self.accept_language {
            request = request.header("accept-language", languages);
        }
        let response = request.call().unwrap();
        self.read(response)
    }

    pub fn post(&mut self, fields: &[(String, String)]) -> Page {
        let body: String = fields
            .iter()
            .map(|(name, value)| format!("{}={}", encode(name), encode(value)))
            .collect::<Vec<_>>()
            .join("&");
        self.post_raw("application/x-www-form-urlencoded", body.as_bytes())
    }

    pub fn post_raw(&mut self, content_type: &str, body: &[u8]) -> Page {
        let mut request = self
            .agent
            .post(&self.url)
            .header("content-type", content_type);
        if let Some(cookie) = self.cookie() {
            request = request.header("cookie", cookie);
        }
        if let Some(languages) = &self.accept_language {
            request = request.header("accept-language", languages);
        }
        let response = request.send(body).unwrap();
        self.read(response)
    }

    /// Posts `page`'s hidden fields plus `own`, as pressing a button on it would.
    pub fn press(&mut self, page: &Page, own: &[(String, String)]) -> Page {
        let mut fields = page.hidden_fields();
        fields.extend_from_slice(own);
        self.post(&fields)
    }

    /// Walks every page, answering `response`, and returns the pages seen, the last being
    /// the page after Submit.
    pub fn answer(&mut self, response: &Response, questionnaire: &Questionnaire) -> Vec<Page> {
        let mut pages = self.walk_to_review(response, questionnaire);
        let review = pages.last().unwrap();
        assert_eq!(review.step().as_deref(), Some("review"), "{}", review.html);
        let thanks = self.press(review, &[field("go", "submit")]);
        pages.push(thanks);
        pages
    }

    /// Walks the pages up to the review page, answering `response`; returns the pages seen.
    pub fn walk_to_review(
        &mut self,
        response: &Response,
        questionnaire: &Questionnaire,
    ) -> Vec<Page> {
        let mut pages = vec![self.get()];
        assert_eq!(pages[0].status, 200, "{}", pages[0].html);
        for (own, step) in steps(response, questionnaire) {
            let page = pages.last().unwrap();
            assert_eq!(page.status, 200, "{}", page.html);
            assert_eq!(page.step().as_deref(), Some(step), "{}", page.html);
            let next = self.press(page, &own);
            pages.push(next);
        }
        pages
    }
}

/// What a phone sends on each page up to the review, answering `response`, with the step
/// the page must be.
pub fn steps(
    response: &Response,
    questionnaire: &Questionnaire,
) -> Vec<(Vec<(String, String)>, &'static str)> {
    let steps: Vec<Vec<(String, String)>> = vec![
        vec![field("function", response.function.key())],
        vec![
            field("relationship", response.relationship.key()),
            field("go", "next"),
        ],
        questionnaire
            .statements
            .iter()
            .map(|statement| {
                let value = response
                    .rating(&statement.key)
                    .map_or_else(|| String::from("skip"), |value| value.to_string());
                (format!("rating.{}", statement.key), value)
            })
            .chain([field("go", "next")])
            .collect(),
        response
            .sources
            .iter()
            .map(|key| field("source", key))
            .chain([field("go", "next")])
            .collect(),
        vec![
            field(
                "friction_comment",
                response.friction_comment.as_deref().unwrap_or_default(),
            ),
            field(
                "works_well_comment",
                response.works_well_comment.as_deref().unwrap_or_default(),
            ),
            field("go", "next"),
        ],
    ];
    let expected = ["team", "relationship", "statements", "sources", "comments"];
    steps.into_iter().zip(expected).collect()
}

pub fn encode(text: &str) -> String {
    let mut out = String::new();
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'*' => {
                out.push(char::from(byte));
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// `count` varied answers, some with comments that try to inject markup.
pub fn answers(seed: u64, count: usize, questionnaire: &Questionnaire) -> Vec<Response> {
    let mut rng = SplitMix64::new(seed);
    (0..count)
        .map(|index| {
            let function = Function::ALL[rng.below(2)];
            let relationship = Relationship::ALL[rng.below(4)];
            let mut response = Response::new(function, relationship);
            for statement in &questionnaire.statements {
                let value = rng.below(6);
                if value > 0 {
                    let rating = Rating::new(u8::try_from(value).unwrap()).unwrap();
                    response.ratings.insert(statement.key.clone(), rating);
                }
            }
            for source in &questionnaire.sources {
                if rng.below(3) == 0 {
                    response.sources.insert(source.key.clone());
                }
            }
            if index % 3 == 0 {
                response.friction_comment = Some(format!(
                    "Phone {index}: <script>alert(\"x\")</script> & 'quotes' — größer"
                ));
            }
            if index % 4 == 1 {
                response.works_well_comment = Some(format!("Joint demos #{index}; 100% + more"));
            }
            response
        })
        .collect()
}

/// A room on 127.0.0.1 whose owner saves every answer to `path` atomically before replying,
/// as the app and `tandem room` do. Each saved answer is announced on the returned channel;
/// the owner stops when the room closes.
pub fn open_saving_room(
    path: &std::path::Path,
    workshop: tandem::domain::Workshop,
) -> (tandem::room::Room, std::sync::mpsc::Receiver<()>) {
    open_saving_room_with(path, workshop, |_| {})
}

/// [`open_saving_room`], with the room's configuration changed by `configure` first.
pub fn open_saving_room_with(
    path: &std::path::Path,
    workshop: tandem::domain::Workshop,
    configure: impl FnOnce(&mut tandem::room::RoomConfig),
) -> (tandem::room::Room, std::sync::mpsc::Receiver<()>) {
    use tandem::room::{Room, RoomConfig, Submission};
    tandem::storage::save_workshop(path, &workshop).unwrap();
    let (sender, inbox) = std::sync::mpsc::channel::<Submission>();
    let mut config = RoomConfig::new(
        std::net::Ipv4Addr::LOCALHOST.into(),
        workshop.questionnaire.clone(),
        tandem::clock::Clock::system(),
    );
    configure(&mut config);
    let room = Room::open(config, move |submission| {
        // The room may outlive the owner's interest; a dropped answer is told "not saved".
        let _ = sender.send(submission);
    })
    .unwrap();
    let (saved_sender, saved) = std::sync::mpsc::channel();
    let path = path.to_owned();
    std::thread::Builder::new()
        .name(String::from("workshop owner"))
        .spawn(move || {
            let mut workshop = workshop;
            for submission in inbox {
                let Some(submission) = submission.claim() else {
                    continue;
                };
                workshop.submit([submission.response.clone()]).unwrap();
                tandem::storage::save_workshop(&path, &workshop).unwrap();
                submission.reply(Ok(()));
                // The test may have stopped listening; the answer is saved all the same.
                let _ = saved_sender.send(());
            }
        })
        .unwrap();
    (room, saved)
}

/// The answers in the file, each written out, sorted: to compare with what the phones sent.
pub fn saved_answers(path: &std::path::Path) -> Vec<String> {
    let workshop = tandem::storage::load_workshop(path).unwrap();
    let mut saved: Vec<String> = workshop
        .responses
        .iter()
        .chain(&workshop.held)
        .map(|response| format!("{response:?}"))
        .collect();
    saved.sort();
    saved
}

pub fn sent_answers(responses: &[Response]) -> Vec<String> {
    let mut sent: Vec<String> = responses
        .iter()
        .map(|response| format!("{:?}", response.clone().normalized()))
        .collect();
    sent.sort();
    sent
}
