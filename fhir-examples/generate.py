#!/usr/bin/env python3
"""Generate fhir-examples/*.json, hooks/*/*.request.json and hooks/errors/* for spine-imaging-cds.

All resources are built once here so the prefetch copies in hooks/ are the very same
objects as the transaction-bundle entries in fhir-examples/.

Usage: python3 fhir-examples/generate.py [project root]   (default: the folder above this script)
Writes only the files listed above (not the READMEs, not load.sh, not the *.response.json golden answers).
All data is synthetic.
"""
import copy
import hashlib
import json
import os
import sys

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BASE = "https://ehr.example.org/fhir"

SCT = "http://snomed.info/sct"
ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm"
ICD10PCS = "http://www.cms.gov/Medicare/Coding/ICD10"
CPT = "http://www.ama-assn.org/go/cpt"
LOINC = "http://loinc.org"
RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"
NCIT = "urn:oid:2.16.840.1.113883.3.26.1.1"  # NCI Thesaurus, as the R4 device-safety binding uses it
CLIN = "http://terminology.hl7.org/CodeSystem/condition-clinical"
VER = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
CAT = "http://terminology.hl7.org/CodeSystem/condition-category"
OBS_CAT = "http://terminology.hl7.org/CodeSystem/observation-category"
AI_CLIN = "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical"
AI_VER = "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification"
UCUM = "http://unitsofmeasure.org"
ID_SYSTEM = "urn:oid:2.16.840.1.113883.19.5"
PRACTITIONER = "Practitioner/example-ordering-clinician"

# ---- displays, verbatim from /work/shared/reference/clinical.md section 2 (rows marked V) ----
D = {
    (SCT, "6077001"): "Foot-drop",
    (SCT, "202725007"): "Lumbar post-laminectomy syndrome (disorder)",
    (SCT, "7771000"): "Left (qualifier value)",
    (SCT, "24028007"): "Right (qualifier value)",
    (SCT, "50172003"): "Lumbar spinal fusion",
    (SCT, "277764006"): "Fusion of posterior lumbar spine",
    (SCT, "427752004"): "Excision of lamina of lumbar vertebra for decompression of spinal cord",
    (ICD10CM, "M21.371"): "Foot drop, right foot",
    (ICD10CM, "M21.372"): "Foot drop, left foot",
    (ICD10CM, "M21.379"): "Foot drop, unspecified foot",
    (ICD10PCS, "0SG00AJ"): "Fusion of Lumbar Vertebral Joint with Interbody Fusion Device, Posterior Approach, Anterior Column, Open Approach",
    (ICD10PCS, "0SB20ZZ"): "Excision of Lumbar Vertebral Disc, Open Approach",
    (CPT, "63030"): "Laminotomy (hemilaminectomy), with decompression of nerve root(s), incl. partial facetectomy, foraminotomy and/or excision of herniated intervertebral disc; 1 interspace, lumbar",
    (CPT, "63047"): "Laminectomy, facetectomy and foraminotomy (unilateral or bilateral with decompression of spinal cord, cauda equina and/or nerve root[s]\u2026), single vertebral segment; lumbar",
    (CPT, "72100"): "Radiologic examination, spine, lumbosacral; 2 or 3 views",
    (CPT, "72131"): "Computed tomography, lumbar spine; without contrast material",
    (CPT, "72148"): "Magnetic resonance (eg, proton) imaging, spinal canal and contents, lumbar; without contrast material",
    (CPT, "72149"): "Magnetic resonance (eg, proton) imaging, spinal canal and contents, lumbar; with contrast material(s)",
    (CPT, "72158"): "Magnetic resonance (eg, proton) imaging, spinal canal and contents, without contrast material, followed by contrast material(s) and further sequences; lumbar",
    (LOINC, "30620-9"): "CT Lumbar spine WO contrast",
    (LOINC, "24967-2"): "MR Lumbar spine WO and W contrast IV",
    (LOINC, "24965-6"): "CT Lumbar spine W contrast IT",
    (LOINC, "30869-2"): "MR Lower leg WO contrast",
    # ---- contrast and MR safety, clinical.md 2e (and 2a/2b for the peroneal codes and the spinal cage) ----
    # 98979-8: clinical.md abbreviates it as "...by Creatinine-based formula (CKD-EPI 2021)"; the elided prefix is
    # that of the rows above it (69405-9), as spelled out in src/main/resources/terminology/valuesets/egfr.json
    (LOINC, "98979-8"): "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)",
    (LOINC, "82810-3"): "Pregnancy status",
    (SCT, "236435004"): "End stage renal failure on dialysis (disorder)",
    (SCT, "302497006"): "Hemodialysis (procedure)",
    # 77386006: clinical.md gives "Pregnancy (finding)" (VSAC 2024) and "Pregnant (finding)" (older VSAC); the
    # value sets in src/main/resources use the current one
    (SCT, "77386006"): "Pregnancy (finding)",
    (SCT, "399081005"): "Common peroneal neuropathy",
    (SCT, "257275005"): "Spinal cage",
    (ICD10CM, "G57.32"): "Lesion of lateral popliteal nerve, left lower limb",
    (ICD10CM, "Z95.0"): "Presence of cardiac pacemaker",
    (RXNORM, "1310171"): "Gadolinium",
    (NCIT, "C106046"): "Magnetic Resonance Conditional",
    (NCIT, "C106047"): "Magnetic Resonance Unsafe",
    # ---- whole Low Back Pain topic, lbp-topic.md section 2 (rows marked V), as in the lbp-* value sets ----
    (SCT, "279039007"): "Low back pain",
    (SCT, "192970008"): "Cauda equina syndrome",
    (SCT, "64859006"): "Osteoporosis",
    (SCT, "363346000"): "Malignant neoplastic disease",
    (SCT, "2304001"): "Discitis",
    (CPT, "97161"): "Physical therapy evaluation, low complexity",
    (CPT, "97110"): "Therapeutic exercise",
    (RXNORM, "8640"): "prednisone",
    (RXNORM, "19831"): "budesonide",
    (CPT, "72133"): "Computed tomography, lumbar spine; without contrast material, followed by contrast material(s) and further sections",
}


def coding(system, code):
    return {"system": system, "code": code, "display": D[(system, code)]}


def cc(system, code, text=None):
    c = {"coding": [coding(system, code)]}
    if text:
        c["text"] = text
    return c


def uuid4_for(key):
    h = bytearray(hashlib.sha256(("spine-imaging-cds:" + key).encode()).digest()[:16])
    h[6] = (h[6] & 0x0F) | 0x40
    h[8] = (h[8] & 0x3F) | 0x80
    x = h.hex()
    return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:]}"


# ---------------------------------------------------------------- patients
PATIENTS = {}  # id -> {"patient":..., "conditions": [...], "procedures": [...], "observations": [...], ...}
# prefetch key -> resource type, in the order of the prefetch object and of the transaction bundles
SEARCHSETS = [("conditions", "Condition"), ("procedures", "Procedure"), ("observations", "Observation"),
              ("allergies", "AllergyIntolerance"), ("devices", "Device"), ("medications", "MedicationRequest")]


def patient(pid, given, gender, birth, mrn):
    PATIENTS[pid] = {
        "patient": {
            "resourceType": "Patient",
            "id": pid,
            "identifier": [{"system": ID_SYSTEM, "value": mrn}],
            "name": [{"use": "official", "family": "Testpatient", "given": [given]}],
            "gender": gender,
            "birthDate": birth,
        },
        "conditions": [],
        "procedures": [],
        "observations": [],
        "allergies": [],
        "devices": [],
        "medications": [],
    }


def condition(pid, cid, code, onset, clinical="active", verification="confirmed", side=None,
              abatement=None, text="Foot drop"):
    r = {
        "resourceType": "Condition",
        "id": cid,
        "clinicalStatus": {"coding": [{"system": CLIN, "code": clinical, "display": clinical.capitalize()}]},
        "verificationStatus": {"coding": [{"system": VER, "code": verification, "display": verification.capitalize()}]},
        "category": [{"coding": [{"system": CAT, "code": "problem-list-item", "display": "Problem List Item"}]}],
        "code": cc(code[0], code[1], text),
    }
    if side:
        r["bodySite"] = [cc(SCT, {"left": "7771000", "right": "24028007"}[side], side.capitalize())]
    r["subject"] = {"reference": f"Patient/{pid}"}
    r["onsetDateTime"] = onset
    if abatement:
        r["abatementDateTime"] = abatement
    r["recordedDate"] = onset
    PATIENTS[pid]["conditions"].append(r)


def procedure(pid, prid, code, text, performed=None, period=None):
    r = {"resourceType": "Procedure", "id": prid, "status": "completed"}
    r["code"] = cc(code[0], code[1], text) if code else {"text": text}
    r["subject"] = {"reference": f"Patient/{pid}"}
    if period:
        r["performedPeriod"] = {"start": period[0], "end": period[1]}
    else:
        r["performedDateTime"] = performed
    PATIENTS[pid]["procedures"].append(r)


def observation(pid, oid, code, effective, category="laboratory", text=None, egfr=None, value_code=None,
                value_text=None):
    """An eGFR (egfr = value in mL/min/1.73m2) or a coded observation (value_code = (system, code))."""
    r = {
        "resourceType": "Observation",
        "id": oid,
        "status": "final",
        "category": [{"coding": [{"system": OBS_CAT, "code": category,
                                  "display": {"laboratory": "Laboratory", "social-history": "Social History"}[category]}]}],
        "code": cc(code[0], code[1], text),
        "subject": {"reference": f"Patient/{pid}"},
        "effectiveDateTime": effective,
    }
    if egfr is not None:
        r["valueQuantity"] = {"value": egfr, "unit": "mL/min/1.73m2", "system": UCUM, "code": "mL/min/{1.73_m2}"}
    else:
        r["valueCodeableConcept"] = cc(value_code[0], value_code[1], value_text)
    PATIENTS[pid]["observations"].append(r)


def egfr(pid, oid, value, effective):
    observation(pid, oid, (LOINC, "98979-8"), effective, text="eGFR (CKD-EPI 2021)", egfr=value)


def allergy(pid, aid, code, text, clinical="active", verification="confirmed", reaction_text=None):
    r = {
        "resourceType": "AllergyIntolerance",
        "id": aid,
        "clinicalStatus": {"coding": [{"system": AI_CLIN, "code": clinical, "display": clinical.capitalize()}]},
        "verificationStatus": {"coding": [{"system": AI_VER, "code": verification,
                                           "display": verification.capitalize()}]},
        "code": cc(code[0], code[1], text),
        "patient": {"reference": f"Patient/{pid}"},
    }
    if reaction_text:
        r["reaction"] = [{"manifestation": [{"text": reaction_text}]}]
    PATIENTS[pid]["allergies"].append(r)


def device(pid, did, type_code, type_text, safety):
    """type_code None: Device.type as text only. safety: NCI Thesaurus code."""
    r = {
        "resourceType": "Device",
        "id": did,
        "status": "active",
        "type": cc(type_code[0], type_code[1], type_text) if type_code else {"text": type_text},
        "patient": {"reference": f"Patient/{pid}"},
        "safety": [{"coding": [coding(NCIT, safety)]}],
    }
    PATIENTS[pid]["devices"].append(r)


patient("pt-early-fusion", "Alpha", "female", "1968-03-14", "FAKE-MRN-0001")
condition("pt-early-fusion", "cond-early-fusion-footdrop", (SCT, "6077001"), "2026-11-10", side="left",
          text="Foot drop, left")
procedure("pt-early-fusion", "proc-early-fusion", (SCT, "50172003"), "Lumbar spinal fusion", "2026-11-03")

patient("pt-late-discectomy", "Bravo", "male", "1961-07-22", "FAKE-MRN-0002")
condition("pt-late-discectomy", "cond-late-discectomy-footdrop", (ICD10CM, "M21.372"), "2026-09-15",
          text="Foot drop, left foot")
procedure("pt-late-discectomy", "proc-late-discectomy", (CPT, "63030"),
          "Lumbar laminotomy with discectomy, 1 interspace", "2025-03-10")

patient("pt-fusion-xray", "Charlie", "male", "1957-11-02", "FAKE-MRN-0003")
condition("pt-fusion-xray", "cond-fusion-xray-footdrop", (SCT, "6077001"), "2026-10-01")
procedure("pt-fusion-xray", "proc-fusion-xray", (ICD10PCS, "0SG00AJ"), "Lumbar interbody fusion",
          period=("2024-05-14T08:00:00Z", "2024-05-14T12:30:00Z"))

patient("pt-already-right", "Delta", "female", "1972-01-30", "FAKE-MRN-0004")
condition("pt-already-right", "cond-already-right-footdrop", (ICD10CM, "M21.371"), "2026-10-20",
          text="Foot drop, right foot")
procedure("pt-already-right", "proc-already-right", (SCT, "277764006"), "Posterior lumbar fusion", "2025-06-01")

patient("pt-mri-contrast-only", "Echo", "male", "1965-05-09", "FAKE-MRN-0005")
condition("pt-mri-contrast-only", "cond-mri-contrast-only-footdrop", (SCT, "6077001"), "2026-11-01")
procedure("pt-mri-contrast-only", "proc-mri-contrast-only", (SCT, "427752004"), "Lumbar laminectomy", "2023-02-01")

patient("pt-ct-myelo", "Foxtrot", "female", "1959-09-17", "FAKE-MRN-0006")
condition("pt-ct-myelo", "cond-ct-myelo-footdrop", (ICD10CM, "M21.379"), "2026-10-05",
          text="Foot drop, unspecified foot")
procedure("pt-ct-myelo", "proc-ct-myelo", (ICD10PCS, "0SB20ZZ"), "Lumbar discectomy, open", "2022-07-01")

patient("pt-recurrent", "Golf", "male", "1970-12-05", "FAKE-MRN-0007")
condition("pt-recurrent", "cond-recurrent-footdrop", (SCT, "6077001"), "2024-01-10", clinical="recurrence")
procedure("pt-recurrent", "proc-recurrent", (CPT, "63047"), "Lumbar laminectomy, facetectomy and foraminotomy",
          "2024-03-01")

patient("pt-no-surgery", "Hotel", "female", "1975-04-11", "FAKE-MRN-0008")
condition("pt-no-surgery", "cond-no-surgery-footdrop", (SCT, "6077001"), "2026-10-12")

patient("pt-cervical-only", "India", "male", "1963-08-28", "FAKE-MRN-0009")
condition("pt-cervical-only", "cond-cervical-only-footdrop", (SCT, "6077001"), "2026-10-12")
procedure("pt-cervical-only", "proc-cervical-only", None, "Anterior cervical discectomy and fusion C5-C6",
          "2025-01-20")

patient("pt-refuted", "Juliet", "female", "1969-02-19", "FAKE-MRN-0010")
condition("pt-refuted", "cond-refuted-footdrop", (SCT, "6077001"), "2026-10-12", verification="refuted")
procedure("pt-refuted", "proc-refuted", (SCT, "50172003"), "Lumbar spinal fusion", "2024-02-02")

patient("pt-before-surgery", "Kilo", "male", "1966-06-03", "FAKE-MRN-0011")
condition("pt-before-surgery", "cond-before-surgery-footdrop", (SCT, "6077001"), "2025-01-10")
procedure("pt-before-surgery", "proc-before-surgery", (CPT, "63030"),
          "Lumbar laminotomy with discectomy, 1 interspace", "2025-02-01")

patient("pt-resolved", "Lima", "female", "1974-10-26", "FAKE-MRN-0012")
condition("pt-resolved", "cond-resolved-footdrop", (SCT, "6077001"), "2025-05-01", clinical="resolved",
          abatement="2025-09-01")
procedure("pt-resolved", "proc-resolved", (CPT, "63030"),
          "Lumbar laminotomy with discectomy, 1 interspace", "2025-04-01")

patient("pt-sandbox", "Mike", "male", "1960-01-15", "FAKE-MRN-0013")
_sb = copy.deepcopy(PATIENTS["pt-late-discectomy"]["procedures"][0])
_sb["id"] = "proc-sandbox-discectomy"
_sb["subject"] = {"reference": "Patient/pt-sandbox"}
PATIENTS["pt-sandbox"]["procedures"].append(_sb)


# ---- contrast and MR safety patients: unless stated, late foot drop (M21.372, 2026-09-20) after a discectomy
# (CPT 63030, 2025-06-10), so the spine card applies and the safety finding is what differs
def spine_patient(pid, given, gender, birth, mrn, foot_drop=True):
    short = pid[len("pt-"):]
    patient(pid, given, gender, birth, mrn)
    if foot_drop:
        condition(pid, f"cond-{short}-footdrop", (ICD10CM, "M21.372"), "2026-09-20", text="Foot drop, left foot")
    procedure(pid, f"proc-{short}-discectomy", (CPT, "63030"), "Lumbar laminotomy with discectomy, 1 interspace",
              "2025-06-10")


spine_patient("pt-egfr-low", "November", "male", "1952-04-18", "FAKE-MRN-0014")
egfr("pt-egfr-low", "obs-egfr-low", 25, "2026-11-01")

spine_patient("pt-egfr-normal", "Oscar", "female", "1958-12-03", "FAKE-MRN-0015")
egfr("pt-egfr-normal", "obs-egfr-normal", 45, "2026-10-15")

spine_patient("pt-egfr-old", "Papa", "male", "1955-08-21", "FAKE-MRN-0016")
egfr("pt-egfr-old", "obs-egfr-old", 25, "2024-10-01")

spine_patient("pt-dialysis", "Quebec", "female", "1962-02-27", "FAKE-MRN-0017")
condition("pt-dialysis", "cond-dialysis-esrd", (SCT, "236435004"), "2023-04-01",
          text="End stage renal failure on dialysis")
procedure("pt-dialysis", "proc-dialysis-hd", (SCT, "302497006"), "Hemodialysis", "2026-11-18")

spine_patient("pt-contrast-allergy", "Romeo", "male", "1967-10-09", "FAKE-MRN-0018")
allergy("pt-contrast-allergy", "allergy-gadolinium", (RXNORM, "1310171"), "Gadolinium-based contrast",
        reaction_text="hives")

spine_patient("pt-allergy-refuted", "Sierra", "female", "1971-03-15", "FAKE-MRN-0019")
allergy("pt-allergy-refuted", "allergy-gadolinium-refuted", (RXNORM, "1310171"), "Gadolinium-based contrast",
        verification="refuted")

spine_patient("pt-pregnant", "Tango", "female", "1993-06-24", "FAKE-MRN-0020")
condition("pt-pregnant", "cond-pregnancy", (SCT, "77386006"), "2026-08-01", text="Pregnancy")
observation("pt-pregnant", "obs-pregnancy-status", (LOINC, "82810-3"), "2026-11-15", category="social-history",
            value_code=(SCT, "77386006"), value_text="Pregnant")

spine_patient("pt-mr-unsafe-device", "Uniform", "male", "1964-01-07", "FAKE-MRN-0021")
# no verified code for a spinal cord stimulator (clinical.md 2e: neurostimulator codes UNVERIFIED): type as text
device("pt-mr-unsafe-device", "dev-neurostimulator", None, "Implanted spinal cord stimulator", "C106047")

spine_patient("pt-pacemaker", "Victor", "male", "1949-09-30", "FAKE-MRN-0022")
condition("pt-pacemaker", "cond-pacemaker", (ICD10CM, "Z95.0"), "2020-02-01", text="Cardiac pacemaker in situ")

spine_patient("pt-mr-conditional", "Whiskey", "female", "1966-05-12", "FAKE-MRN-0023")
device("pt-mr-conditional", "dev-spinal-cage", (SCT, "257275005"), "Lumbar interbody cage", "C106046")

spine_patient("pt-peroneal-and-spine", "Xray", "male", "1960-11-19", "FAKE-MRN-0024")
condition("pt-peroneal-and-spine", "cond-peroneal", (ICD10CM, "G57.32"), "2026-09-20",
          text="Common peroneal neuropathy, left")

spine_patient("pt-peroneal-only", "Yankee", "female", "1973-07-02", "FAKE-MRN-0025", foot_drop=False)
condition("pt-peroneal-only", "cond-peroneal-only", (SCT, "399081005"), "2026-09-20",
          text="Common peroneal neuropathy")


# ---- the whole Low Back Pain topic (issue 13): one patient per variant and boundary. Low back pain is SNOMED
# 279039007; ages and durations are counted to the orders' authoredOn, 2026-11-20.
LBP = (SCT, "279039007")
MRI_WO = [(CPT, "72148")]
XR = [(CPT, "72100")]


def lbp_patient(pid, given, gender, birth, mrn, onset):
    patient(pid, given, gender, birth, mrn)
    condition(pid, f"cond-{pid[len('pt-'):]}-lbp", LBP, onset, text="Low back pain")


lbp_patient("pt-lbp-acute", "Zulu", "female", "1981-05-04", "FAKE-MRN-0026", "2026-11-06")
lbp_patient("pt-lbp-untreated", "Alpha-Bravo", "male", "1978-09-12", "FAKE-MRN-0027", "2026-07-20")
lbp_patient("pt-lbp-five-weeks", "Alpha-Charlie", "female", "1984-02-17", "FAKE-MRN-0028", "2026-10-16")
procedure("pt-lbp-five-weeks", "proc-lbp-five-weeks-pt", (CPT, "97110"), "Therapeutic exercise", "2026-10-27")
lbp_patient("pt-lbp-seven-weeks", "Alpha-Delta", "male", "1976-11-23", "FAKE-MRN-0029", "2026-10-02")
procedure("pt-lbp-seven-weeks", "proc-lbp-seven-weeks-pt-eval", (CPT, "97161"), "Physical therapy evaluation",
          "2026-10-09")
procedure("pt-lbp-seven-weeks", "proc-lbp-seven-weeks-pt", (CPT, "97110"), "Therapeutic exercise", "2026-10-23")
lbp_patient("pt-cauda-equina", "Alpha-Echo", "male", "1970-03-08", "FAKE-MRN-0030", "2026-11-15")
condition("pt-cauda-equina", "cond-cauda-equina", (SCT, "192970008"), "2026-11-19", text="Cauda equina syndrome")
lbp_patient("pt-osteoporosis", "Alpha-Foxtrot", "female", "1962-07-30", "FAKE-MRN-0031", "2026-11-13")
condition("pt-osteoporosis", "cond-osteoporosis", (SCT, "64859006"), "2021-04-01", text="Osteoporosis")
lbp_patient("pt-age-71", "Alpha-Golf", "male", "1955-06-01", "FAKE-MRN-0032", "2026-11-13")
lbp_patient("pt-age-70", "Alpha-Hotel", "female", "1956-06-01", "FAKE-MRN-0033", "2026-11-13")
lbp_patient("pt-cancer-history", "Alpha-India", "female", "1959-01-19", "FAKE-MRN-0034", "2026-11-06")
condition("pt-cancer-history", "cond-cancer-history", (SCT, "363346000"), "2022-03-01",
          text="Malignant neoplastic disease")
lbp_patient("pt-cancer-refuted", "Alpha-Juliet", "male", "1973-12-02", "FAKE-MRN-0035", "2026-11-06")
condition("pt-cancer-refuted", "cond-cancer-refuted", (SCT, "363346000"), "2026-10-01", verification="refuted",
          text="Malignant neoplastic disease")
lbp_patient("pt-osteoporosis-error", "Alpha-Kilo", "female", "1968-08-14", "FAKE-MRN-0036", "2026-11-06")
condition("pt-osteoporosis-error", "cond-osteoporosis-error", (SCT, "64859006"), "2026-10-01",
          verification="entered-in-error", text="Osteoporosis")
spine_patient("pt-cancer-and-surgery", "Alpha-Lima", "male", "1957-04-25", "FAKE-MRN-0037")
condition("pt-cancer-and-surgery", "cond-cancer-and-surgery-cancer", (SCT, "363346000"), "2023-09-01",
          text="Malignant neoplastic disease")
condition("pt-cancer-and-surgery", "cond-cancer-and-surgery-lbp", LBP, "2026-09-20", text="Low back pain")
lbp_patient("pt-child", "Alpha-Mike", "male", "2014-03-03", "FAKE-MRN-0038", "2026-11-06")
lbp_patient("pt-discitis", "Alpha-November", "female", "1966-10-10", "FAKE-MRN-0039", "2026-11-10")
condition("pt-discitis", "cond-discitis", (SCT, "2304001"), "2026-11-18", text="Discitis")

def medication_request(pid, mid, code, text, route, authored):
    PATIENTS[pid]["medications"].append({
        "resourceType": "MedicationRequest",
        "id": mid,
        "status": "active",
        "intent": "order",
        "medicationCodeableConcept": cc(code[0], code[1], text),
        "subject": {"reference": f"Patient/{pid}"},
        "authoredOn": authored,
        "dosageInstruction": [{"text": f"{text}, {route}, daily", "route": {"text": route}}],
    })


lbp_patient("pt-chronic-steroids", "Alpha-Oscar", "female", "1967-02-21", "FAKE-MRN-0040", "2026-11-13")
medication_request("pt-chronic-steroids", "medreq-prednisone", (RXNORM, "8640"), "prednisone 5 mg tablet", "oral",
                   "2026-05-04")
lbp_patient("pt-inhaled-budesonide", "Alpha-Papa", "male", "1969-09-06", "FAKE-MRN-0041", "2026-11-13")
medication_request("pt-inhaled-budesonide", "medreq-budesonide", (RXNORM, "19831"), "budesonide inhaler",
                   "inhaled", "2026-01-10")


def dump(path, obj):
    full = os.path.join(ROOT, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8") as f:
        json.dump(obj, f, indent=2, ensure_ascii=False)
        f.write("\n")


def txn_entry(res):
    rid = f"{res['resourceType']}/{res['id']}"
    return {"fullUrl": f"{BASE}/{rid}", "resource": res, "request": {"method": "PUT", "url": rid}}


for pid, p in PATIENTS.items():
    entries = [txn_entry(p["patient"])] + [txn_entry(r) for key, _ in SEARCHSETS for r in p[key]]
    dump(f"fhir-examples/{pid}.json", {"resourceType": "Bundle", "id": f"{pid}-load", "type": "transaction",
                                       "entry": entries})


# ---------------------------------------------------------------- hooks
def searchset(resources):
    b = {"resourceType": "Bundle", "type": "searchset", "total": len(resources)}
    if resources:
        b["entry"] = [{"fullUrl": f"{BASE}/{r['resourceType']}/{r['id']}", "resource": r,
                       "search": {"mode": "match"}} for r in resources]
    return b


ORIGINAL_KEYS = ("patient", "conditions", "procedures")


def prefetch(pid, conditions=None, procedures=None, keys=None):
    """All six keys (or only `keys`); every searchset holds all of the patient's resources of its type, except
    conditions/procedures when given explicitly (sandbox scenarios)."""
    p = PATIENTS[pid]
    given = {"conditions": conditions, "procedures": procedures}
    pf = {"patient": p["patient"]}
    for key, _ in SEARCHSETS:
        pf[key] = searchset(p[key] if given.get(key) is None else given[key])
    return {k: v for k, v in pf.items() if keys is None or k in keys}


STUDY_TEXT = {
    "72148": "MRI lumbar spine without contrast",
    "72131": "CT lumbar spine without contrast",
    "72100": "XR lumbar spine 2 or 3 views",
    "72158": "MRI lumbar spine without and with IV contrast",
    "72149": "MRI lumbar spine with contrast",
    "24965-6": "CT myelogram lumbar spine",
    "30869-2": "MRI lower leg without contrast",
    "72133": "CT lumbar spine without and with contrast",
}


def service_request(srid, pid, codes):
    """codes: list of (system, code); the first one names the text."""
    return {
        "resourceType": "ServiceRequest",
        "id": srid,
        "status": "draft",
        "intent": "order",
        "code": {"coding": [coding(s, c) for s, c in codes], "text": STUDY_TEXT[codes[0][1]]},
        "subject": {"reference": f"Patient/{pid}"},
        "authoredOn": "2026-11-20",
        "requester": {"reference": PRACTITIONER},
    }


def request(path, hook, pid, orders, selections=None, pf=None, fhir_server=None, user=PRACTITIONER,
            bundle_type="collection", selections_on_sign=False):
    body = {"hookInstance": uuid4_for(path), "hook": hook}
    if fhir_server:
        body["fhirServer"] = fhir_server
    ctx = {"userId": user, "patientId": pid}
    if hook == "order-select" or selections_on_sign:
        ctx["selections"] = selections
    draft = {"resourceType": "Bundle"}
    if bundle_type:
        draft["type"] = bundle_type
    draft["entry"] = [{"resource": o} for o in orders]
    ctx["draftOrders"] = draft
    body["context"] = ctx
    body["prefetch"] = pf if pf is not None else prefetch(pid)
    return body


def write_scenario(scn, pid, select_orders, sign_orders=None, selections=None, **kw):
    sign_orders = sign_orders if sign_orders is not None else select_orders
    selections = selections or [f"ServiceRequest/{select_orders[0]['id']}"]
    for hook, orders in (("order-select", select_orders), ("order-sign", sign_orders)):
        path = f"hooks/{scn}/{hook}.request.json"
        dump(path, request(path, hook, pid, orders, selections=selections, **kw))


SIMPLE = [
    ("early-fusion-mri-without-contrast", "pt-early-fusion", [(CPT, "72148")]),
    ("late-discectomy-ct-without-contrast", "pt-late-discectomy", [(CPT, "72131"), (LOINC, "30620-9")]),
    ("fusion-radiograph", "pt-fusion-xray", [(CPT, "72100")]),
    ("already-mri-without-and-with", "pt-already-right", [(CPT, "72158"), (LOINC, "24967-2")]),
    ("mri-with-contrast-only", "pt-mri-contrast-only", [(CPT, "72149")]),
    ("ct-myelogram", "pt-ct-myelo", [(LOINC, "24965-6")]),
    ("recurrent-foot-drop", "pt-recurrent", [(CPT, "72148")]),
    ("no-surgery", "pt-no-surgery", [(CPT, "72148")]),
    ("cervical-surgery-only", "pt-cervical-only", [(CPT, "72148")]),
    ("refuted-foot-drop", "pt-refuted", [(CPT, "72148")]),
    ("foot-drop-before-surgery", "pt-before-surgery", [(CPT, "72148")]),
    ("resolved-foot-drop", "pt-resolved", [(CPT, "72148")]),
]
for scn, pid, codes in SIMPLE:
    write_scenario(scn, pid, [service_request(f"sr-{scn}", pid, codes)])

# contrast and MR safety scenarios (CT lumbar w/o unless stated)
CT_WO = [(CPT, "72131"), (LOINC, "30620-9")]
MRI_WO_W = [(CPT, "72158"), (LOINC, "24967-2")]
SAFETY = [
    ("egfr-low-ct", "pt-egfr-low", CT_WO),
    ("egfr-low-mri-without-and-with", "pt-egfr-low", MRI_WO_W),
    ("egfr-normal-ct", "pt-egfr-normal", CT_WO),
    ("egfr-old-ct", "pt-egfr-old", CT_WO),
    ("dialysis-ct", "pt-dialysis", CT_WO),
    ("contrast-allergy-ct", "pt-contrast-allergy", CT_WO),
    ("allergy-refuted-ct", "pt-allergy-refuted", CT_WO),
    ("pregnant-ct", "pt-pregnant", CT_WO),
    ("mr-unsafe-device-ct", "pt-mr-unsafe-device", CT_WO),
    ("pacemaker-ct", "pt-pacemaker", CT_WO),
    ("mr-conditional-ct", "pt-mr-conditional", CT_WO),
    ("peroneal-and-spine-ct", "pt-peroneal-and-spine", CT_WO),
    ("peroneal-only-ct", "pt-peroneal-only", CT_WO),
]
for scn, pid, codes in SAFETY:
    write_scenario(scn, pid, [service_request(f"sr-{scn}", pid, codes)])

# safety-data-missing-ct: a client that knows only the original three keys, and no fhirServer to fetch the rest
write_scenario("safety-data-missing-ct", "pt-late-discectomy",
               [service_request("sr-safety-data-missing-ct", "pt-late-discectomy", CT_WO)],
               pf=prefetch("pt-late-discectomy", keys=ORIGINAL_KEYS))

# non-spine-order: MR lower leg; order-sign also carries a MedicationRequest the service must ignore
_sr = service_request("sr-non-spine-order", "pt-early-fusion", [(LOINC, "30869-2")])
_mr = {"resourceType": "MedicationRequest", "id": "mr-non-spine", "status": "draft", "intent": "order",
       "medicationCodeableConcept": {"text": "acetaminophen 500 mg tablet"},
       "subject": {"reference": "Patient/pt-early-fusion"}}
write_scenario("non-spine-order", "pt-early-fusion", [_sr], [_sr, _mr])

# two-orders: both drafts in both hooks, order-select selects only the MRI
_mri = service_request("sr-two-orders-mri", "pt-late-discectomy", [(CPT, "72148")])
_ct = service_request("sr-two-orders-ct", "pt-late-discectomy", [(CPT, "72131")])
write_scenario("two-orders", "pt-late-discectomy", [_mri, _ct], [_mri, _ct],
               selections=["ServiceRequest/sr-two-orders-mri"])


# sandbox scenarios: shape of cds-hooks/sandbox src/components/Pama/pama.jsx generateContext
def sandbox_sr(code_obj, reason):
    return {
        "resourceType": "ServiceRequest",
        "id": "example-request-id",
        "status": "draft",
        "intent": "plan",
        "code": code_obj,
        "subject": {"reference": "Patient/pt-sandbox"},
        "reasonCode": reason,
    }


_sb_code = {"coding": [coding(CPT, "72148")], "text": D[(CPT, "72148")]}
_reasons = [{"coding": [coding(SCT, "6077001")], "text": D[(SCT, "6077001")]},
            {"coding": [coding(SCT, "202725007")], "text": D[(SCT, "202725007")]}]
SB = dict(fhir_server=BASE, user="Practitioner/COREPRACTITIONER1", bundle_type=None,
          selections=["ServiceRequest/example-request-id"], selections_on_sign=True)

write_scenario("sandbox-pama-reasons", "pt-sandbox", [sandbox_sr(_sb_code, _reasons)],
               pf=prefetch("pt-sandbox", [], []), **SB)
write_scenario("sandbox-first-call", "pt-sandbox", [sandbox_sr({"coding": [{}]}, [])],
               pf=prefetch("pt-sandbox", [], []), **SB)
_single = sandbox_sr(_sb_code, {"coding": [coding(SCT, "6077001")]})
_single["category"] = {"text": "Imaging"}
# keep R4 element order readable: category before code
_single = {k: _single[k] for k in ["resourceType", "id", "status", "intent", "category", "code", "subject",
                                   "reasonCode"]}
write_scenario("sandbox-single-object-reason", "pt-sandbox", [_single],
               pf=prefetch("pt-sandbox", [], PATIENTS["pt-sandbox"]["procedures"]), **SB)
# the PAMA tab with "low back pain" as the only reason: uncomplicated low back pain, no imaging indicated
write_scenario("sandbox-low-back-pain-reason", "pt-sandbox",
               [sandbox_sr(_sb_code, [{"coding": [coding(SCT, "279039007")], "text": D[(SCT, "279039007")]}])],
               pf=prefetch("pt-sandbox", [], []), **SB)

# ---- the whole Low Back Pain topic (issue 13): patients above, one scenario per variant and boundary
LBP_SCENARIOS = [
    ("chronic-steroids-radiograph", "pt-chronic-steroids", XR),
    ("inhaled-budesonide-radiograph", "pt-inhaled-budesonide", XR),
    ("lbp-acute-mri", "pt-lbp-acute", MRI_WO),
    ("lbp-untreated-four-months-ct", "pt-lbp-untreated", [(CPT, "72133")]),
    ("lbp-five-weeks-mri", "pt-lbp-five-weeks", MRI_WO),
    ("lbp-seven-weeks-treated-mri", "pt-lbp-seven-weeks", MRI_WO),
    ("cauda-equina-mri", "pt-cauda-equina", MRI_WO),
    ("osteoporosis-radiograph", "pt-osteoporosis", XR),
    ("age-71-radiograph", "pt-age-71", XR),
    ("age-70-radiograph", "pt-age-70", XR),
    ("cancer-history-mri", "pt-cancer-history", MRI_WO),
    ("cancer-refuted-mri", "pt-cancer-refuted", MRI_WO),
    ("osteoporosis-entered-in-error-radiograph", "pt-osteoporosis-error", XR),
    ("cancer-and-surgery-mri", "pt-cancer-and-surgery", MRI_WO),
    ("child-mri", "pt-child", MRI_WO),
    ("discitis-mri", "pt-discitis", MRI_WO),
]
for scn, pid, codes in LBP_SCENARIOS:
    write_scenario(scn, pid, [service_request(f"sr-{scn}", pid, codes)])


# ---------------------------------------------------------------- errors
SELECT = "lumbar-imaging-order-select"
SIGN = "lumbar-imaging-order-sign"


def base_select(case):
    path = f"hooks/errors/{case}.request.txt"
    sr = service_request("sr-early-fusion-mri-without-contrast", "pt-early-fusion", [(CPT, "72148")])
    return request(path, "order-select", "pt-early-fusion", [sr],
                   selections=["ServiceRequest/sr-early-fusion-mri-without-contrast"])


def write_error(case, body_or_text, service, status, phrase, content_type="application/json"):
    d = os.path.join(ROOT, "hooks/errors")
    os.makedirs(d, exist_ok=True)
    text = body_or_text if isinstance(body_or_text, str) else json.dumps(body_or_text, indent=2,
                                                                          ensure_ascii=False) + "\n"
    with open(os.path.join(d, f"{case}.request.txt"), "w", encoding="utf-8") as f:
        f.write(text)
    dump(f"hooks/errors/{case}.expected.json",
         {"service": service, "contentType": content_type, "status": status, "messageContains": phrase})


_full = json.dumps(base_select("malformed-json"), indent=2, ensure_ascii=False)
_cut = _full.index('"draftOrders"')
write_error("malformed-json", _full[:_cut + 40] + "\n", SELECT, 400, "malformed json")

b = base_select("missing-hook-instance"); del b["hookInstance"]
write_error("missing-hook-instance", b, SELECT, 400, "hookinstance")

b = base_select("missing-context"); del b["context"]
write_error("missing-context", b, SELECT, 400, "context")

b = base_select("missing-hook"); del b["hook"]
write_error("missing-hook", b, SELECT, 400, "hook")

write_error("hook-mismatch", base_select("hook-mismatch"), SIGN, 400, "order-sign")

b = base_select("selection-not-in-draft-orders"); b["context"]["selections"] = ["ServiceRequest/sr-not-in-draft-orders"]
write_error("selection-not-in-draft-orders", b, SELECT, 400, "selections")

write_error("unknown-service", base_select("unknown-service"), "no-such-service", 404, "no-such-service")

write_error("wrong-content-type", base_select("wrong-content-type"), SELECT, 415, "content type",
            content_type="text/plain")

b = base_select("missing-prefetch-no-fhir-server"); del b["prefetch"]
write_error("missing-prefetch-no-fhir-server", b, SELECT, 412, "conditions")

b = base_select("context-not-an-object"); b["context"] = "x"
write_error("context-not-an-object", b, SELECT, 400, "context")

b = base_select("draft-orders-not-a-bundle"); b["context"]["draftOrders"] = PATIENTS["pt-early-fusion"]["patient"]
write_error("draft-orders-not-a-bundle", b, SELECT, 400, "draftorders")

b = base_select("missing-patient-id"); del b["context"]["patientId"]
write_error("missing-patient-id", b, SELECT, 400, "patientid")

b = base_select("prefetch-not-fhir"); b["prefetch"]["conditions"] = {"resourceType": "NoSuchType"}
write_error("prefetch-not-fhir", b, SELECT, 400, "prefetch key 'conditions'")

print("patients:", len(PATIENTS))
